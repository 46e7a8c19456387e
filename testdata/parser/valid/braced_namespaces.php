<?php
namespace A\B {
    class C {}
}
namespace {
    $c = new A\B\C();
}
