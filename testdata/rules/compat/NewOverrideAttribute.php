<?php
// argus-test: php=8.2..8.4
use Override;

final class Cart extends Collection {
    #[\Override] // expect: NewOverrideAttribute "#[\Override] (ignored by older versions) requires PHP 8.3"
    public function count(): int { return 0; }

    #[Override] // expect: NewOverrideAttribute
    public function first() {}
}

namespace App;

final class Repo extends Base {
    #[Override] // accepted: App\Override is not PHP's
    public function find() {}
}
