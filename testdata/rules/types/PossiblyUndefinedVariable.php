<?php
// argus-test: level=2
namespace App;

function pick(bool $flag, array $list): string {
    if ($flag) {
        $label = 'yes';
    }
    echo $label;                   // expect: PossiblyUndefinedVariable "Variable $label might not be defined"
    foreach ($list as $item) {
        $last = $item;
    }
    echo $last;                    // expect: PossiblyUndefinedVariable "$last"
    try {
        $conn = connect();
    } catch (\Exception $e) {
        report($e);
    }
    return $conn;                  // expect: PossiblyUndefinedVariable "$conn"
}

function connect() { return 1; }
function report($e) {}

function sure(bool $flag, array $list): string {
    if ($flag) {
        $label = 'yes';
    } else {
        $label = 'no';
    }
    $last = null;
    foreach ($list as $item) {
        $last = $item;
    }
    if (!$flag) {
        return '';
    }
    $x = $flag ? 1 : 2;
    if (isset($maybe)) {
        echo $maybe;               // accepted: isset narrowed it
    }
    return $label . $last . $x;    // accepted: assigned on every path
}
