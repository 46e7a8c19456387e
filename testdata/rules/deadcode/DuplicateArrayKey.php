<?php
// A key written twice in one array literal: the later entry replaces the earlier one.

const MODE = 'm';

$config = [
    'host' => 'localhost',
    'port' => 3306,
    'host' => '127.0.0.1',   // expect: DuplicateArrayKey "Duplicate array key 'host' (first at line 7)"
];

$codes = [
    1 => 'one',
    '1' => 'uno',            // expect: DuplicateArrayKey "'1'"
    true => 'yes',           // expect: DuplicateArrayKey "true"
    2.0 => 'two',
    2 => 'deux',             // expect: DuplicateArrayKey "2"
];

$implicit = [
    'a',
    'b',
    0 => 'c',                // expect: DuplicateArrayKey "0"
];

$constants = [
    MODE => 1,
    PHP_EOL => 2,
    MODE => 3,               // expect: DuplicateArrayKey "MODE"
];

// ---------------------------------------------------------------- accepted

$distinct = [
    '01' => 'a',             // a string key: "01" is not the integer 1
    1 => 'b',
    '-0' => 'c',             // a string key too
    0 => 'd',
    '1.0' => 'e',
];

// Different constants may hold the same value: only the same name twice is certain.
$byConstant = [
    E_ERROR => 'error',
    E_WARNING => 'warning',
    MODE => 'mode',
];

// After a computed key the implicit keys are unknown.
$computed = [
    $first => 'a',
    'b',
    1 => 'c',
];

// After a spread the implicit keys are unknown too.
$spread = [...$base, 'x', 0 => 'y'];

// Destructuring reads keys, it does not build an array.
['a' => $x, 'a' => $y] = ['a' => 1];

// Separate literals.
$first = ['k' => 1];
$second = ['k' => 2];
