<?php
// argus-test: php=5.6..8.4
namespace App;

echo str_contains($a, 'b'); // expect: NewFunction "str_contains() is new in PHP 8.0; the project targets 5.6..8.4"
echo \random_int(1, 6); // expect: NewFunction "random_int() is new in PHP 7.0"
$first = array_key_first($list); // expect: NewFunction "is new in PHP 7.3"
$id = spl_object_id($o); // expect: NewFunction "is new in PHP 7.2"
if (is_countable($x)) { // expect: NewFunction "is_countable() is new in PHP 7.3"
}
$n = intdiv(7, 2) . 'is_countable()'; // expect: NewFunction "intdiv()"

// Guarded by function_exists, in every spelling.
if (function_exists('str_starts_with')) {
    str_starts_with($a, 'b');
}
if (\function_exists('\str_ends_with') && str_ends_with($a, 'b')) {
    echo 'both';
}
$k = function_exists('array_key_last') ? array_key_last($list) : null;
if (!function_exists('mb_str_split')) {
    $parts = str_split($a);
} else {
    $parts = mb_str_split($a);
}
if (!is_callable('sodium_crypto_box') || !function_exists('random_bytes')) {
    return;
}
sodium_crypto_box($m, $nonce, $key);
random_bytes(16);

function later($a)
{
    if (!function_exists('array_is_list')) {
        throw new \RuntimeException('PHP 8.1 needed');
    }
    return array_is_list($a);
}

// Guarded by the PHP version.
if (PHP_VERSION_ID >= 80000) {
    echo str_contains($a, 'c');
}
if (\PHP_VERSION_ID < 80100) {
    $l = false;
} elseif (array_is_list($a)) {
    $l = true;
}
if (version_compare(PHP_VERSION, '7.3', '>=')) {
    $last = array_key_last($list);
}
if (version_compare(PHP_VERSION, '7.3.0') >= 0) {
    $last = array_key_last($list);
}
if (version_compare(PHP_VERSION, '7.3', '<')) {
    $last = end($list);
} else {
    $last = array_key_last($list);
}
echo PHP_MAJOR_VERSION >= 8 ? str_contains($a, 'd') : false;
if (extension_loaded('mbstring')) {
    mb_str_split($a);
}
// A version guard that does not reach the function's version is no guard.
if (PHP_VERSION_ID >= 70200) {
    echo str_contains($a, 'e'); // expect: NewFunction
}

// Where a PHP 7.0 function is missing, PHP is 5.6: a 7.3 function is missing too.
if (!function_exists('intdiv')) {
    $first = array_key_first($list); // expect: NewFunction "array_key_first() is new in PHP 7.3"
}

// Declared by the project or its vendor folder: a polyfill.
$s = my_polyfilled_function();
str_word_count_utf8($a);
array_find($list, $cb);
// Not PHP's functions.
$o->str_contains($a);
Helper::array_key_first($list);
\Other\str_contains($a, 'b');
$f = 'str_contains';
// In PHP since 5.5, though the generated data misses it before 7.4 (GD built without WebP).
imagewebp($image, $file);
