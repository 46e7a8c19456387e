<?php
// argus-test: rules=NewUnionType since=8.0
function f(int|string $x) { return $x; }
f(1);
