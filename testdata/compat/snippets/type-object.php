<?php
// argus-test: rules=NewBuiltinType since=7.2
function f(object $o) { return $o; }
f(new stdClass());
