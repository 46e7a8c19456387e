<?php
// argus-test: php=5.6..8.4
$windows = PHP_OS_FAMILY === 'Windows'; // expect: NewConstant "PHP_OS_FAMILY is new in PHP 7.2; the project targets 5.6..8.4"
$min = PHP_INT_MIN; // expect: NewConstant "PHP_INT_MIN is new in PHP 7.0"
$flags = JSON_THROW_ON_ERROR; // expect: NewConstant "JSON_THROW_ON_ERROR is new in PHP 7.3"
$e = \PHP_FLOAT_EPSILON; // expect: NewConstant "PHP_FLOAT_EPSILON is new in PHP 7.2"

// Guards.
$windows = defined('PHP_OS_FAMILY') ? PHP_OS_FAMILY === 'Windows' : false;
if (\defined('JSON_THROW_ON_ERROR')) {
    $flags = JSON_THROW_ON_ERROR;
}
if (PHP_VERSION_ID >= 70000) {
    $min = PHP_INT_MIN;
}
// Defined by the project: `defined() || define()` and a guarded define.
defined('SODIUM_LIBRARY_VERSION') || define('SODIUM_LIBRARY_VERSION', 'compat');
if (!defined('PASSWORD_ARGON2I')) {
    define('PASSWORD_ARGON2I', 'argon2i');
}
echo SODIUM_LIBRARY_VERSION, PASSWORD_ARGON2I;
// Old constants and look-alikes.
echo PHP_EOL, PHP_INT_MAX, E_ALL, true, NULL;
echo Foo::PHP_OS_FAMILY, $o->PHP_INT_MIN, 'PHP_OS_FAMILY';
// Token constants a library defines from a list, in a method: declared by the project.
class Tokens {
    public static function polyfill() {
        $names = ['T_MATCH', 'T_ENUM'];
        foreach ($names as $name) {
            if (!\defined($name)) {
                \define($name, -1);
            }
        }
        foreach (['T_READONLY'] as $token) {
            defined($token) || define($token, -2);
        }
    }
}
echo T_MATCH, T_ENUM, \T_READONLY;
echo T_NULLSAFE_OBJECT_OPERATOR; // expect: NewConstant "T_NULLSAFE_OBJECT_OPERATOR is new in PHP 8.0"
