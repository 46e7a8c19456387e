<?php
// argus-test: php=7.4..8.4
function id(int|string $id): int|false {} // expect: NewUnionType "union type requires PHP 8.0; the project targets 7.4..8.4", NewUnionType
/** @param int|string $id */
function plain($id) {} // accepted: a docblock type
function nullable(?int $id) {} // accepted
class Box { public int|float $size; } // expect: NewUnionType
$f = fn(array|Traversable $x): string|int => 1; // expect: NewUnionType, NewUnionType
$bits = $a | $b; // accepted: the bitwise operator
