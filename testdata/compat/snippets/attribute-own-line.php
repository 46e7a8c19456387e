<?php
// argus-test: rules=NewAttribute
// Alone on its line the attribute is a comment for PHP 7, on purpose.
class A implements Countable {
    #[\ReturnTypeWillChange]
    public function count() { return 1; }
}
if (count(new A) !== 1) exit(1);
