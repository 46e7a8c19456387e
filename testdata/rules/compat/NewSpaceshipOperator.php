<?php
// argus-test: php=5.6..8.4
$order = $a <=> $b; // expect: NewSpaceshipOperator "spaceship operator <=> requires PHP 7.0"
//          ^^^
$le = $a <= $b; // accepted
usort($rows, fn($x, $y) => $x['n'] <=> $y['n']); // expect: NewSpaceshipOperator
return [$a, $b] <=> [$c, $d]; // expect: NewSpaceshipOperator
$ne = $a <> $b; // accepted: not-equal
$s = '<=>'; // accepted: in a string
