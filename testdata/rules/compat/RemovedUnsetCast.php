<?php
// argus-test: php=7.1..8.4
$value = (unset) $value; // expect: RemovedUnsetCast "(unset) cast was removed in PHP 8.0 (deprecated since 7.2); the project targets 7.1..8.4"
//        ^^^^^
unset($value); // accepted: the statement
$other = (UNSET) $other; // expect: RemovedUnsetCast
return_null((unset) $x); // expect: RemovedUnsetCast
$n = null; // accepted: the replacement
$s = (string) $value; // accepted: another cast
$t = '(unset) $x'; // accepted: in a string
