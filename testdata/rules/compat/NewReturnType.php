<?php
// argus-test: php=5.6..8.4
function items(): array { return []; } // expect: NewReturnType "return type declaration requires PHP 7.0"
//                ^^^^^
$f = function (): Foo {}; // expect: NewReturnType
/** @return array */
function documented() { return []; } // accepted: a docblock type
