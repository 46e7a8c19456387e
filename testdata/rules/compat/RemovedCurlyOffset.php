<?php
// argus-test: php=7.3..8.4
$first = $name{0}; // expect: RemovedCurlyOffset "offset access with curly braces $a{0} was removed in PHP 8.0 (deprecated since 7.4); the project targets 7.3..8.4"
//            ^^^
$ok = $name[0]; // accepted
$s = "{$name}"; // accepted: interpolation
$last = $name{strlen($name) - 1}; // expect: RemovedCurlyOffset
$deep = $rows[0]{1}; // expect: RemovedCurlyOffset
$obj = $o->{'prop'}; // accepted: a dynamic property name
