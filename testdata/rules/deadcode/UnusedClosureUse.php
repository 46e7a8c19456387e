<?php
// Variables imported into a closure with `use` that the closure never uses.

function flagged(array $rows, string $prefix, int $limit)
{
    $sep = ', ';
    $join = function (array $parts) use ($sep, $prefix) { // expect: UnusedClosureUse "$prefix is imported"
        return implode($sep, $parts);
    };
    $take = function () use ($rows, $limit) { // expect: UnusedClosureUse "$limit"
        return $rows;
    };
    $log = [];
    $collect = function ($x) use (&$log, $rows) { // expect: UnusedClosureUse "$rows"
        $log[] = $x;
    };
    $overwrite = function () use ($limit) { // expect: UnusedClosureUse "$limit"
        $limit = 5;
        return $limit;
    };
    return [$join, $take, $collect, $overwrite];
}

function accepted(array $rows, string $prefix)
{
    $count = 0;
    // By reference and written: the caller sees the count.
    $inc = function () use (&$count) { $count++; };
    // Read inside a nested arrow function and a nested closure.
    $nested = function () use ($prefix, $rows) {
        $f = fn($x) => $prefix . $x;
        $g = function () use ($rows) { return $rows; };
        return [$f, $g];
    };
    // Read in a string and by compact().
    $greet = function () use ($prefix) { return "hi $prefix"; };
    $pack = function () use ($rows) { return compact('rows'); };
    // Deliberately unused by name.
    $ignore = function () use ($_) { return 1; };
    return [$inc, $nested, $greet, $pack, $ignore];
}
