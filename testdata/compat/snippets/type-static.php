<?php
// argus-test: rules=NewBuiltinType since=8.0
class A { public function f(): static { return $this; } }
(new A)->f();
