<?php
// argus-test: rules=NewObjectInInitializer since=8.1
class A {}
function f($a = new A()) { return $a; }
if (!f() instanceof A) exit(1);
