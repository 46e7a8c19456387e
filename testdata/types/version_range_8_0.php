<?php
// argus-test: php=8.0..8.4
// The same calls as version_range_7_4.php: once 7.4 leaves the range, false is gone.
function onlyEight(string $s, array $parts): void
{
    assertType('string', substr($s, 5));
    assertType('array', explode(',', $s));
    assertType('string', date('Y', 1));
    assertType('int', strlen($s));
}
