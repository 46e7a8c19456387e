<?php
// A foreach that reads its key and never its value iterates over the keys only.

function keysOnly(array $settings, array $matrix): array
{
    $names = [];
    foreach ($settings as $name => $value) { // expect: UnusedForeachValue "$value is never used"
        $names[] = $name;
    }
    foreach ($matrix as $row => $cells) { // the inner loop reads $cells
        foreach ($cells as $col => $cell) { // expect: UnusedForeachValue "$cell"
            echo $row, $col;
        }
    }
    foreach ($settings as $k => $v) { // expect: UnusedForeachValue "$v"
        // The value is overwritten before it is read.
        $v = strtoupper($k);
        echo $v;
    }
    return $names;
}

function accepted(array $settings, array $pairs)
{
    foreach ($settings as $name => $value) {
        echo $name, $value;
    }
    // No key in use: the value variable is the only way to loop.
    foreach ($settings as $value) {
        echo 'tick';
    }
    foreach ($settings as $name => $value) {
        echo 'neither is used';
    }
    // By reference: writing through it is the point.
    foreach ($settings as $name => &$value) {
        $value = $name;
    }
    unset($value);
    // Destructured values are patterns, not one variable.
    foreach ($pairs as $i => [$a, $b]) {
        echo $i;
    }
    // Deliberately unused by name.
    foreach ($settings as $name => $_) {
        echo $name;
    }
    // Read after the loop: its last value is wanted.
    foreach ($settings as $name => $last) {
        echo $name;
    }
    return $last ?? null;
}
