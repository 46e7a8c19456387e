<?php
// argus-test: rules=NewReturnType since=7.0
function f(): array { return []; }
f();
