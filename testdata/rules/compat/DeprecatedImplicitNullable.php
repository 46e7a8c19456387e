<?php
// argus-test: php=7.4..8.4
function send(Message $m, Logger $logger = null) {} // expect: DeprecatedImplicitNullable "implicitly nullable parameter type (default null without ?) is deprecated since PHP 8.4"
//                        ^^^^^^^^^^^^^^
function f(int $a = null, $b) {} // expect: DeprecatedImplicitNullable
function ok(?Logger $a = null, Logger|null $b = null, mixed $c = null, $d = null, int $e = 0) {} // accepted
class Mailer { public function __construct(Transport $t = null) {} } // expect: DeprecatedImplicitNullable
$fn = function (array $opts = null) {}; // expect: DeprecatedImplicitNullable
function flags(int $f = NULL) {} // expect: DeprecatedImplicitNullable
function def(string $s = 'null') {} // accepted: the string 'null'
$arrow = fn(?int $x = null) => $x; // accepted
