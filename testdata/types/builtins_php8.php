<?php
// argus-test: php=8.0..8.4
// On PHP 8 substr() and explode() never return false, and every function declares its type.

function stringFunctions(string $s): void
{
    assertType('string', substr($s, 1));
    assertType('array', explode(',', $s));
    assertType('int|false', strpos($s, 'x'));
    assertType('string', trim($s));
    assertType('string', sprintf('%s', $s));
    assertType('string', strtolower($s));
    assertType('string', implode(',', [$s]));
    assertType('int|false', preg_match('/a/', $s));
    assertType('bool', str_contains($s, 'a'));
    assertType('string', htmlspecialchars($s));
}

function arrays(array $a): void
{
    assertType('array', array_keys($a));
    assertType('int', count($a));
    assertType('array', array_merge($a, [1]));
    assertType('bool', in_array(1, $a));
    assertType('int|string|false', array_search(1, $a));
    assertType('int|string|null', array_key_first($a));
    assertType('array', array_map(fn($x) => $x, $a));
}

function numbers(float $f): void
{
    assertType('float', round($f));
    assertType('int', intdiv(7, 2));
    assertType('float|string', microtime(true));
    assertType('int', time());
}

function substrNeverFalse(string $s): void
{
    $part = substr($s, 0, 3);
    if ($part === false) {
        // No path comes here on PHP 8: the code after the check still runs.
        return;
    }
    assertType('string', $part);
}
