<?php
// argus-test: rules=NewReadonlyProperty since=8.1
class P {
    public readonly int $x;
    public function __construct() { $this->x = 1; }
}
new P();
