<?php
// argus-test: php=7.4..8.4
$json = json_encode($data, flags: JSON_PRETTY_PRINT); // expect: NewNamedArgument "named argument requires PHP 8.0"
//                         ^^^^^
$o->send(to: $a, subject: $b); // expect: NewNamedArgument
$p = new Point(x: 1); // expect: NewNamedArgument
Str::of(value: 'a'); // expect: NewNamedArgument
$t = $a ? $b : $c; // accepted: a ternary
$plain = f($a, $b); // accepted
$r = f(...$args); // accepted: unpacking
$label = ['key' => 'value']; // accepted: array keys
