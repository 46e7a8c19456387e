<?php
// argus-test: rules=NewClassConstantVisibility since=7.1
class A { private const X = 1; public static function x() { return self::X; } }
if (A::x() !== 1) exit(1);
