<?php
// argus-test: rules=NewNamedArgument since=8.0
function f($a, $b) { return $a - $b; }
if (f(b: 1, a: 3) !== 2) exit(1);
