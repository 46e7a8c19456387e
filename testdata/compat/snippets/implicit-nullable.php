<?php
// argus-test: rules=DeprecatedImplicitNullable deprecated=8.4
function f(stdClass $x = null) { return $x; }
f();
