<?php
// argus-test: php=7.0..8.4
function find(?int $id): ?User {} // expect: NewNullableType "nullable type ?T requires PHP 7.1", NewNullableType
function plain(int $id = null) {} // accepted here: implicitly nullable (DeprecatedImplicitNullable)
$x = $a ? $b : $c; // accepted
class Repo { public function get(?string $key = null) {} } // expect: NewNullableType
$f = function (?array $rows) {}; // expect: NewNullableType
function typed(int $id): int {} // accepted
