<?php
// argus-test: rules=NewUnparenthesizedNew since=8.4
class A { public function f() { return 1; } }
if (new A()->f() !== 1) exit(1);
