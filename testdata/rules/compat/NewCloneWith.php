<?php
// argus-test: php=8.4..8.5
$copy = clone($point, ['x' => 1]); // expect: NewCloneWith "clone() with properties requires PHP 8.5"
//      ^^^^^
$plain = clone $point; // accepted
$paren = clone($point); // accepted: a parenthesised operand
$moved = clone($point, ['x' => 2, 'y' => 3]); // expect: NewCloneWith
return clone($this, ['items' => $items]); // expect: NewCloneWith
$text = 'clone($a, [])'; // accepted: in a string
