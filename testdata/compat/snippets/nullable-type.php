<?php
// argus-test: rules=NewNullableType since=7.1
function f(?int $x) { return $x; }
f(null);
