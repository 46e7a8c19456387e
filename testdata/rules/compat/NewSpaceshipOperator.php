<?php
// argus-test: php=5.6..8.4
$order = $a <=> $b; // expect: NewSpaceshipOperator "spaceship operator <=> requires PHP 7.0"
//          ^^^
$le = $a <= $b; // accepted
