<?php
// argus-test: php=7.4..8.4
// Built-in signatures follow the whole target range: before PHP 8 many functions returned
// false on bad input, and PHP 7's reflection declares no return types at all (mixed).

function stringFunctions(string $s): void
{
    assertType('string|false', substr($s, 1));
    assertType('array|false', explode(',', $s));
    assertType('int|false', strpos($s, 'x'));
    assertType('int', strlen($s));
    assertType('string', str_replace('a', 'b', $s));
    assertType('?string', preg_replace('/a/', 'b', $s));
    assertType('mixed', trim($s));
    assertType('string|false', sprintf('%s', $s));
}

function decoding(string $json): void
{
    assertType('mixed', json_decode($json));
    assertType('mixed', json_decode($json, true));
}

function arrays(array $a): void
{
    assertType('mixed', array_keys($a));
    assertType('mixed', count($a));
    assertType('array|false', range(1, 3));
}

function newerFunctions(string $s): void
{
    // str_contains exists from 8.0: the versions that have it say bool.
    assertType('bool', str_contains($s, 'a'));
}

function falseChecks(string $haystack): void
{
    $pos = strpos($haystack, 'needle');
    if ($pos === false) {
        assertType('false', $pos);
        return;
    }
    assertType('int', $pos);
    $part = substr($haystack, $pos);
    if ($part !== false) {
        assertType('string', $part);
    }
    $pieces = explode(',', $haystack);
    if (!$pieces) {
        assertType('array{}|false', $pieces);
    }
}
