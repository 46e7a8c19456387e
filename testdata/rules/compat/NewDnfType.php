<?php
// argus-test: php=8.1..8.4
function render((Countable&Traversable)|null $items) {} // expect: NewDnfType "DNF type (A&B)|C requires PHP 8.2; the project targets 8.1..8.4"
//              ^^^^^^^^^^^^^^^^^^^^^^^
function plain(Countable&Traversable $items) {} // accepted: an intersection alone is 8.1
function union(int|string $x) {} // accepted
function back(): (A&B)|C {} // expect: NewDnfType
class Holder { public (A&B)|null $value = null; } // expect: NewDnfType
function nullable(?Countable $x) {} // accepted
