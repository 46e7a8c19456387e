<?php

$d = DateTime::createFromFormat('Y-m-d', '2024-01-01');
echo $d->format('Y'); // expect: PossiblyFalseReference "Call of format() on DateTime|false, which may be false"

function load(string $f): SplFileInfo|false { return is_file($f) ? new SplFileInfo($f) : false; }
$info = load('x');
$info->getSize(); // expect: PossiblyFalseReference
$zone = timezone_open('Europe/Paris');
$zone->getName(); // expect: PossiblyFalseReference

// Accepted: checked first.
$e = DateTime::createFromFormat('Y-m-d', '2024-01-01');
if ($e !== false) {
    echo $e->format('Y');
}
$f = DateTime::createFromFormat('Y-m-d', '2024-01-01');
if (!$f) {
    exit(1);
}
echo $f->format('Y');
$g = load('y') ?: new SplFileInfo('z');
$g->getSize();
