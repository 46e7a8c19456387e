<?php
// argus-test: php=7.4..8.4
function a(mixed $x): static {} // expect: NewBuiltinType "mixed type declaration requires PHP 8.0; the project targets 7.4..8.4", NewBuiltinType "static return type requires PHP 8.0"
function b(): never { exit; } // expect: NewBuiltinType "never return type requires PHP 8.1"
//            ^^^^^
function c(): null { return null; } // expect: NewBuiltinType "standalone null type requires PHP 8.2"
function d(): false { return false; } // expect: NewBuiltinType "standalone false type requires PHP 8.2"
function e(): int|true { return 1; } // expect: NewBuiltinType "true type requires PHP 8.2"
function f(): int|false { return 1; } // accepted here: false in a union is union types (NewUnionType)
function g(?Foo $x, object $o, iterable $i): void {} // accepted: older than 7.4
function h(\Lib\Mixed $x) {} // accepted: a class name, qualified
