<?php
// argus-test: rules=NewBuiltinType since=8.2
function f(): true { return true; }
f();
