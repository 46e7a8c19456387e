<?php
// argus-test: rules=NewYieldFrom since=7.0
function g() { yield from [1, 2]; }
foreach (g() as $v) {}
