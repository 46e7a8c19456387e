<?php
// argus-test: rules=NewGroupUse since=7.0
namespace A {
    class B {}
    class C {}
}

namespace {
    use A\{B, C};
    new B();
    new C();
}
