<?php
// argus-test: php=7.4..8.4
// A built-in returns what any targeted version may return: substr() gives false for an offset
// past the end on PHP 7.4 and '' from 8.0 on, so across 7.4..8.4 it is possibly false.
function across(string $s, array $parts): void
{
    assertType('string|false', substr($s, 5));
    assertType('array|false', explode('', $s));
    assertType('string|false', date('Y', 1));
    // A function whose type no version changed keeps the one type.
    assertType('int', strlen($s));
}
