<?php
// argus-test: rules=NewBuiltinType since=8.0
function f(mixed $x) { return $x; }
f(1);
