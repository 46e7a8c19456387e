<?php
// argus-test: php=8.3..8.4
$response = new Client()->send($request); // expect: NewUnparenthesizedNew "member access on new without parentheses requires PHP 8.4"
//          ^^^
$p = new Point()->x; // expect: NewUnparenthesizedNew
$ok = (new Client())->send($request); // accepted
$dyn = new $factory->class(); // accepted: a class name read from a property
$v = new Version()::CURRENT; // expect: NewUnparenthesizedNew
$n = new Builder()->with('a')->build(); // expect: NewUnparenthesizedNew
$plain = new Client(); // accepted: no member access
$arr = (new Client())['x'] ?? null; // accepted: parenthesised
