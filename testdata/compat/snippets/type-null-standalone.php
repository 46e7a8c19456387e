<?php
// argus-test: rules=NewBuiltinType since=8.2
function f(): null { return null; }
f();
