<?php
// argus-test: rules=NewBuiltinType since=8.2
function f(): false { return false; }
f();
