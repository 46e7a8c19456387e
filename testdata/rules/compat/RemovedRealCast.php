<?php
// argus-test: php=7.3..8.4
$price = (real) $input; // expect: RemovedRealCast "(real) cast was removed in PHP 8.0 (deprecated since 7.4); the project targets 7.3..8.4"
//        ^^^^
$ok = (float) $input; // accepted
$d = (double) $input; // accepted
$real = real($input); // accepted: a function named real
$x = (REAL) $y; // expect: RemovedRealCast
total((real) $a + 1); // expect: RemovedRealCast
