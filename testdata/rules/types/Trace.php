<?php
// argus-test: rules=Trace

function counts(?array $rows, string $mode): int {
    /** @argus-trace $rows */ // expect: Trace "$rows: ?array"
    if ($rows === null) {
        return 0;
    }
    /** @argus-trace $rows, $mode */ // expect: Trace "$rows: array", Trace "$mode: string"
    $n = count($rows);
    if ($mode === 'all') {
        $label = 'all';
    }
    /** @argus-trace $label $n */ // expect: Trace "$label: 'all' (possibly undefined)", Trace "$n: int"
    return $n;
    /** @argus-trace $n */ // expect: Trace "no path reaches this point"
    echo $n;
}

/** @argus-trace $nothing */ // expect: Trace "$nothing is not defined here"
$x = 1;

// Quiet: other docblocks and comments, and @argus-trace without a variable.
/** @var int $x */
$y = $x;
// @argus-trace $y (a line comment, not a docblock)
$z = $y;
/** @argus-tracer $z */
$w = $z;
/** @argus-trace */
echo $w;
