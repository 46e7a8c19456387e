<?php
// argus-test: php=7.3..8.4
$options['timeout'] ??= 30; // expect: NewNullCoalescingAssignment "null coalescing assignment ??= requires PHP 7.4; the project targets 7.3..8.4"
//                  ^^^
$a = $a ?? 1; // accepted: ?? is 7.0
$b .= '??='; // accepted: in a string
$this->cache ??= []; // expect: NewNullCoalescingAssignment
$GLOBALS['x'] ??= compute(); // expect: NewNullCoalescingAssignment
$c = $c ?: 2; // accepted: the short ternary
