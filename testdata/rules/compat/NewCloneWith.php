<?php
// argus-test: php=8.4..8.5
$copy = clone($point, ['x' => 1]); // expect: NewCloneWith "clone() with properties requires PHP 8.5"
//      ^^^^^
$plain = clone $point; // accepted
$paren = clone($point); // accepted: a parenthesised operand
