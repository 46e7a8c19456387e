<?php
// argus-test: php=7.3..8.4
$max = 1_000_000; // expect: NewNumericLiteralSeparator "numeric literal separator _ requires PHP 7.4"
//     ^^^^^^^^^
$f = 1_000.5; // expect: NewNumericLiteralSeparator
$h = 0xFF_FF; // expect: NewNumericLiteralSeparator
$plain = 1000000; // accepted
$name = ONE_THOUSAND; // accepted: a constant
$bin = 0b1010_1010; // expect: NewNumericLiteralSeparator
$hex = 0xFF; // accepted
$var = $one_thousand; // accepted: a variable
