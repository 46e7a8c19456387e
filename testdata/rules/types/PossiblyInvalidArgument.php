<?php
// argus-test: php=8.1..8.4
// argus-test: level=2

function greet(string $name): string { return $name; }
function count_items(array $items): int { return count($items); }

function pick(bool $flag): int|array { return $flag ? 1 : [1]; }

greet(pick(true)); // expect: PossiblyInvalidArgument "expects string, array|int given"
count_items(rand(0, 1) ? [1] : 'x'); // expect: PossiblyInvalidArgument
$v = rand(0, 1) ? ['a'] : 42;
greet($v); // expect: PossiblyInvalidArgument

// Accepted: every member converts, or the extra member is null/false (other rules), or unknown.
greet(rand(0, 1) ? 1 : 'one');
count_items(rand(0, 1) ? [1] : []);
$n = rand(0, 1) ? 'a' : null;
greet($n ?? 'b');
$w = $_GET['w'];
greet($w);
