<?php
// argus-test: rules=NewBuiltinType since=7.1
function f(iterable $x) { return $x; }
f([]);
