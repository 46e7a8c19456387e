<?php
// argus-test: rules=NewTraitConstant since=8.2
trait T { public const X = 1; }
class A { use T; }
if (A::X !== 1) exit(1);
