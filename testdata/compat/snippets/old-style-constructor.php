<?php
// argus-test: rules=RemovedOldStyleConstructor deprecated=7.0 until=8.0
class Foo {
    public $ready = false;
    public function Foo() { $this->ready = true; }
}
// From 8.0 Foo() is an ordinary method: new does not call it.
if (!(new Foo())->ready) exit(1);
