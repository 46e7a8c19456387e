<?php
namespace App;

function fill(array &$out): void { $out = [1]; }

function totals(array $rows): int {
    $sum += count($rows);          // expect: UndefinedVariable "Undefined variable $sum"
    echo $totl;                    // expect: UndefinedVariable "Undefined variable $totl"
    return $sum;                   // accepted: reported once per body, at the first read
}

class Report {
    public function render(): string {
        return $title . $this->name(); // expect: UndefinedVariable "$title"
    }
    public function name(): string {
        $f = function () { return $missing; }; // expect: UndefinedVariable "$missing"
        return 'r';
    }
}

function fine(array $items, $opts = null): array {
    global $config;
    static $cache;
    if (preg_match('/(\d+)/', 'a1', $m)) {
        echo $m[1];                // accepted: preg_match fills $matches
    }
    fill($filled);                 // accepted: filled by reference
    echo $filled[0];
    [$a, $b] = [1, 2];
    foreach ($items as $k => $v) {
        echo $k, $v, $a, $b;
    }
    try {
        throw new \Exception();
    } catch (\Exception $e) {
        echo $e->getMessage();
    }
    echo isset($maybe) ? $maybe : 'no'; // accepted: isset tests existence
    echo $unknown ?? 'default';    // accepted: ?? tests existence
    echo empty($nothing) ? 1 : 2;  // accepted
    $fn = function () use (&$later) { $later = 1; };
    $fn();
    echo $later;                   // accepted: captured by reference
    $arrow = fn($x) => $x + $a;    // accepted: arrow functions see the outer variables
    return [$config, $cache, $opts, $this ?? null];
}

function loops($f, array $pairs, int $n): array {
    foreach ($pairs as [$left, $right]) {
        echo $left, $right;        // accepted: destructured by foreach
    }
    while (($line = fgets($f)) !== false) {
        echo $line;                // accepted: assigned in the condition
    }
    for ($i = 0; $i < $n; $i++) {
        echo $i;
    }
    do {
        $again = $n-- > 0;
    } while ($again);              // accepted: the body runs first
    switch ($n) {
        case 1: $kind = 'one'; break;
        default: $kind = 'many';
    }
    echo $GLOBALS['x'], $_GET['q'] ?? '';
    $out = [];
    $out[] = $kind;                // accepted: appending creates the array
    return $out;
}

function templated(array $vars): void {
    extract($vars);
    echo $title;                   // accepted: extract() may create any variable
}

echo $fromIncluder;                // accepted: top-level code of an included template
