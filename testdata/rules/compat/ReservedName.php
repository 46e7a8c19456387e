<?php
// argus-test: php=7.3..8.4
class Match {} // expect: ReservedName "class name Match is reserved since PHP 8.0 (keyword match); the project targets 7.3..8.4"
//    ^^^^^
interface Mixed {} // expect: ReservedName "interface name Mixed is reserved since PHP 8.0 (type name mixed)"
trait Readonly {} // expect: ReservedName "since PHP 8.1"
class Fn {} // expect: ReservedName "keyword fn"
function match() {} // expect: ReservedName "function name match"
const MATCH = 1; // expect: ReservedName "constant name MATCH"
use Lib\Value as Never; // expect: ReservedName "imported class name Never is reserved since PHP 8.1"
use Lib\Match; // accepted: namespaced names are single tokens since 8.0
function readonly() {} // accepted: still a function name
function mixed() {} // accepted: type names only reserve class names
class Enum { const MATCH = 1; public function match() {} } // accepted
