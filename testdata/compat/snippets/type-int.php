<?php
// argus-test: rules=NewBuiltinType since=7.0
function f(int $x) { return $x; }
f(1);
