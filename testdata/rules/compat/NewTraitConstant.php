<?php
// argus-test: php=8.1..8.4
trait HasVersion {
    public const VERSION = 2; // expect: NewTraitConstant "constant in a trait requires PHP 8.2"
//         ^^^^^
    public function version() { return self::class; } // accepted
}
interface Versioned { const VERSION = 1; } // accepted: an interface
trait Flags {
    const ON = 1; // expect: NewTraitConstant
    final public const OFF = 0; // expect: NewTraitConstant
    public static $registry = []; // accepted: a static property
}
class Config { const ON = 1; } // accepted: a class constant
