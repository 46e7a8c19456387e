<?php
// Local variables assigned and never read, and values overwritten before anything reads them.

function flagged(array $items): int
{
    $total = count($items);         // expect: UnusedVariable "$total is assigned but never used"
    $first = array_shift($items);   // expect: UnusedVariable "$first is assigned but never used"
    $size = compute_size($items);   // expect: UnusedVariable "value assigned to $size is never read"
    $size = 10;
    $label = strtoupper('x');       // expect: UnusedVariable "value assigned to $label is never read"
    if ($size > 3) {
        $label = 'big';
    } else {
        $label = 'small';
    }
    echo $label;
    return $size;
}

function compute_size(array $a): int
{
    $n = count($a);
    return $n;
}

function accepted(array $rows, string $pattern, $db)
{
    // A defensive literal initialisation overwritten on every path is no mistake.
    $state = null;
    if ($rows) {
        $state = 'full';
    } else {
        $state = 'empty';
    }
    echo $state;

    // Read on the next iteration of the loop.
    $previous = 0;
    foreach ($rows as $row) {
        if ($row > $previous) {
            echo $row;
        }
        $previous = $row;
    }

    // Filled by reference (preg_match's third parameter), read later.
    $matches = [];
    preg_match($pattern, 'subject', $matches);
    echo $matches[0];

    // Bound by reference: the statement reads what the variable holds when it runs.
    $stmt = $db->prepare('SELECT 1 WHERE a = ?');
    $value = 1;
    $stmt->bind_param('i', $value);
    $value = 2;
    $stmt->execute();

    // Captured by closures and arrow functions.
    $factor = 3;
    $double = function ($x) use ($factor) { return $x * $factor; };
    $offset = 4;
    $shift = fn($x) => $x + $offset;
    $count = 0;
    $counter = function () use (&$count) { $count++; };
    $counter();

    // Read inside a string.
    $name = 'world';
    echo "hello $name, {$double(2)} {$shift(1)}";

    // The previous value may still be read by the catch block.
    $result = fetch_remote();
    try {
        $result = fetch_remote();
    } catch (Exception $e) {
        echo $result;
    }
    return $result;
}

function fetch_remote() { return 1; }

function viaCompact()
{
    $title = 'T';
    $body = 'B';
    return compact('title', 'body');
}

function viaGlobalAndStatic()
{
    global $config;
    $config = ['debug' => true];
    static $calls = 0;
    $calls = $calls + 1;
}

function viaTemplate(string $template)
{
    $title = 'Page';     // read by the included template
    include $template;
}

function viaExtract(array $vars)
{
    $unusedLooking = 1;
    extract($vars);
    return get_defined_vars();
}

function viaVariableVariable(string $which)
{
    $a = 1;
    $b = 2;
    return $$which;
}

function deliberatelyUnused(array $pair)
{
    $_ = array_shift($pair);
    $unused = array_shift($pair);
    [$key, $value] = $pair;      // destructuring: one of the names is often a placeholder
    return $value;
}

function conditionsAndLoops($it)
{
    while ($line = fgets($it)) { // the assignment feeds the condition
        echo 'x';
    }
    for ($i = 0, $n = 10; $i < $n; $i++) {
        echo $i;
    }
}

// Top-level variables are globals: other files and `global $x` may read them.
$pageTitle = 'Home';
