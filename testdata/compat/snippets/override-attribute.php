<?php
// argus-test: rules=NewOverrideAttribute since=8.3
class A { public function f() {} }
class B extends A {
    #[\Override]
    public function f() {}
}
(new ReflectionMethod('B', 'f'))->getAttributes()[0]->newInstance();
