<?php
// argus-test: rules=RemovedOldStyleConstructor
namespace App;

class Foo {
    public function Foo() { return 1; }
}
if ((new Foo())->Foo() !== 1) exit(1);
