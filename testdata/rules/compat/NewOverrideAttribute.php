<?php
// argus-test: php=8.2..8.4
use Override;

final class Cart extends Collection {
    #[\Override] // expect: NewOverrideAttribute "#[\Override] (ignored by older versions) requires PHP 8.3"
    public function count(): int { return 0; }

    #[Override] // expect: NewOverrideAttribute
    public function first() {}

    #[\Override, \ReturnTypeWillChange] // expect: NewOverrideAttribute
    public function last() {}

    #[\ReturnTypeWillChange] // accepted: another attribute
    public function current() {}

    public function override() {} // accepted: a method named override
}

namespace App;

final class Repo extends Base {
    #[Override] // accepted: App\Override is not PHP's
    public function find() {}
}
