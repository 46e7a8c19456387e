<?php
// argus-test: rules=NewArraySpread since=8.1
$b = [...['a' => 1], 'b' => 2];
if (count($b) !== 2) exit(1);
