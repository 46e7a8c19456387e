<?php
// argus-test: php=8.4..8.5
(void) $lock->release(); // expect: NewVoidCast "(void) cast requires PHP 8.5"
$n = (int) $s; // accepted
(void) flush_all(); // expect: NewVoidCast
(void)$queue->push($job); // expect: NewVoidCast
$b = (bool) $s; // accepted: another cast
$v = void_helper($x); // accepted: a function named like the cast
$text = '(void) $x'; // accepted: in a string
