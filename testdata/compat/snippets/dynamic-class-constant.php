<?php
// argus-test: rules=NewDynamicClassConstantFetch since=8.3
class A { const X = 1; }
$name = 'X';
if (A::{$name} !== 1) exit(1);
