<?php
// argus-test: php=7.4..8.4
$user = $repo->find($id) ?? throw new NotFound($id); // expect: NewThrowExpression "throw as an expression requires PHP 8.0"
//                          ^^^^^
$fail = fn() => throw new LogicException(); // expect: NewThrowExpression
if ($user === null) throw new NotFound($id); // accepted: a statement
throw new RuntimeException(); // accepted
$value = $input ?: throw new InvalidArgumentException(); // expect: NewThrowExpression
$ok = $valid ? $x : throw new DomainException(); // expect: NewThrowExpression
$name = 'throw'; // accepted: the word in a string
