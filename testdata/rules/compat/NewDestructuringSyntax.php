<?php
// argus-test: php=7.0..8.4
[$first, $second] = explode(',', $pair); // expect: NewDestructuringSyntax "short list syntax [$a, $b] = requires PHP 7.1; the project targets 7.0..8.4"
list('id' => $id) = $row; // expect: NewDestructuringSyntax "keys in list() requires PHP 7.1"
list($a, &$b) = $pair; // expect: NewDestructuringSyntax "assignment by reference in list() requires PHP 7.3"
foreach ($rows as [$x, [$y]]) {} // expect: NewDestructuringSyntax
list($c, list($d)) = $nested; // accepted: list() everywhere
$array = [$first, $second]; // accepted: an array literal
list($p, $q) = [1, 2]; // accepted: list() with positions
[$k => $v] = [1 => 2]; // expect: NewDestructuringSyntax, NewDestructuringSyntax "keys in list()"
$copy = $array; // accepted
