<?php
// argus-test: rules=NewBuiltinType,NewUnionType since=8.0
// null and false inside a union came with union types: NewUnionType reports them, NewBuiltinType does not.
function f(): array|false { return false; }
f();
