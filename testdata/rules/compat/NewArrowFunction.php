<?php
// argus-test: php=7.3..8.4
$double = array_map(fn($x) => $x * 2, $numbers); // expect: NewArrowFunction "arrow function fn() => requires PHP 7.4; the project targets 7.3..8.4"
//                  ^^
$f = static fn() => 1; // expect: NewArrowFunction
$c = function ($x) { return $x * 2; }; // accepted: a closure
$fn = 'fn'; // accepted: the word in a string
$o->fn(); // accepted: a method named fn
usort($rows, fn(array $a, array $b): int => $a['n'] - $b['n']); // expect: NewArrowFunction
