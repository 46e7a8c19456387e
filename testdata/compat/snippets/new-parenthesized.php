<?php
// argus-test: rules=NewUnparenthesizedNew
class A { public function f() { return 1; } }
if ((new A())->f() !== 1) exit(1);
