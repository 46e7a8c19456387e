<?php
// argus-test: rules=DeprecatedImplicitNullable
function f(?stdClass $x = null, $y = null) { return $x; }
f();
