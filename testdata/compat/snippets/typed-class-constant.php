<?php
// argus-test: rules=NewTypedClassConstant since=8.3
class A { const int X = 1; }
if (A::X !== 1) exit(1);
