<?php
// argus-test: rules=NewIntersectionType since=8.1
interface A {}
interface B {}
class C implements A, B {}
function f(A&B $x) { return $x; }
f(new C());
