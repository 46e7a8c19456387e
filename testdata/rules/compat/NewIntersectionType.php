<?php
// argus-test: php=8.0..8.4
function count_all(Countable&Traversable $items) {} // expect: NewIntersectionType "intersection type A&B requires PHP 8.1"
//                 ^^^^^^^^^^^^^^^^^^^^^
function by_ref(Countable &$items) {} // accepted: a reference parameter
function dnf((A&B)|null $x) {} // accepted here: a DNF type (NewDnfType)
function back(): Countable&Traversable {} // expect: NewIntersectionType
class Holder { public Countable&Traversable $items; } // expect: NewIntersectionType
$mask = $a & $b; // accepted: the bitwise operator
