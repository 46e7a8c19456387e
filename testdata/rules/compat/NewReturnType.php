<?php
// argus-test: php=5.6..8.4
function items(): array { return []; } // expect: NewReturnType "return type declaration requires PHP 7.0"
//                ^^^^^
$f = function (): Foo {}; // expect: NewReturnType
/** @return array */
function documented() { return []; } // accepted: a docblock type
class Repo { public function all(): iterable { return []; } } // expect: NewReturnType
$g = fn() => 1; // accepted: an arrow function without a return type (itself 7.4; not this rule)
$h = function () { return 1; }; // accepted
