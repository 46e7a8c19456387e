<?php
// argus-test: rules=NewArrowFunction since=7.4
$f = fn($x) => $x * 2;
if ($f(2) !== 4) exit(1);
