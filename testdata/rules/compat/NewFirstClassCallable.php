<?php
// argus-test: php=8.0..8.4
$lengths = array_map(strlen(...), $words); // expect: NewFirstClassCallable "first-class callable syntax f(...) requires PHP 8.1"
//                          ^^^
$m = $this->format(...); // expect: NewFirstClassCallable
$s = self::create(...); // expect: NewFirstClassCallable
f(...$args); // accepted: argument unpacking
$c = $callable(1, ...$rest); // accepted: unpacking after an argument
$d = new Foo(...$args); // accepted: unpacking into a constructor
