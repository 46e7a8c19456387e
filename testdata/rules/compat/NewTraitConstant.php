<?php
// argus-test: php=8.1..8.4
trait HasVersion {
    public const VERSION = 2; // expect: NewTraitConstant "constant in a trait requires PHP 8.2"
//         ^^^^^
    public function version() { return self::class; } // accepted
}
interface Versioned { const VERSION = 1; } // accepted: an interface
