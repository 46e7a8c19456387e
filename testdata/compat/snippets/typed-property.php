<?php
// argus-test: rules=NewTypedProperty since=7.4
class A { public int $x = 1; }
if ((new A)->x !== 1) exit(1);
