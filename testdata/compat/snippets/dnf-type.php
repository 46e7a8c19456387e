<?php
// argus-test: rules=NewDnfType since=8.2
interface A {}
interface B {}
function f((A&B)|null $x) { return $x; }
f(null);
