<?php
$double = fn($x) => $x * 2;
$typed = fn(int $x, ?string ...$rest): int => $x + count($rest);
$nested = fn($x) => fn($y) => $x + $y;
$byRef = fn&(array &$a) => $a;
$static = static fn() => self::class;
$inArray = array_map(fn($v) => $v ?? 'default', $list);
$lowest = fn() => $a and $b;
