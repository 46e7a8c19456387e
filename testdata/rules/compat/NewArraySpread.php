<?php
// argus-test: php=7.3..8.4
$all = [...$defaults, 1]; // expect: NewArraySpread "spread ... in an array literal requires PHP 7.4; the project targets 7.3..8.4"
//      ^^^
$keys = [...['a' => 1], 'b' => 2]; // expect: NewArraySpread "with string keys requires PHP 8.1"
f(...$args); // accepted: argument unpacking is PHP 5.6
function g(...$rest) {} // accepted: variadic parameter
$merged = array_merge($defaults, $overrides); // accepted
return [1, ...gen(), ...$more]; // expect: NewArraySpread, NewArraySpread
