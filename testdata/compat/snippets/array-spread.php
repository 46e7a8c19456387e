<?php
// argus-test: rules=NewArraySpread since=7.4
$a = [1, 2];
$b = [...$a, 3];
if (count($b) !== 3) exit(1);
