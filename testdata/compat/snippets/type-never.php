<?php
// argus-test: rules=NewBuiltinType since=8.1
function f(): never { throw new Exception(); }
// Before 8.1 `never` names a class: it compiles, but it is no type of PHP's.
if (!(new ReflectionFunction('f'))->getReturnType()->isBuiltin()) exit(1);
