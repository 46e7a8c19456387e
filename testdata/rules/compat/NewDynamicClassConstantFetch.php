<?php
// argus-test: php=8.2..8.4
$value = Status::{$name}; // expect: NewDynamicClassConstantFetch "dynamic class constant fetch Foo::{$name} requires PHP 8.3"
//       ^^^^^^^^^^^^^^^
$fixed = Status::ACTIVE; // accepted
$static = Status::$name; // accepted: a static property
$call = Status::{$name}(); // accepted: a dynamic static method call
$other = self::{'ACTIVE'}; // expect: NewDynamicClassConstantFetch
$cased = static::{strtoupper($name)}; // expect: NewDynamicClassConstantFetch
