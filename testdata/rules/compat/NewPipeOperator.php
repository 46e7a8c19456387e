<?php
// argus-test: php=8.4..8.5
$slug = $title |> trim(...); // expect: NewPipeOperator "pipe operator |> requires PHP 8.5; the project targets 8.4..8.5"
//             ^^
$or = $a | $b; // accepted: bitwise or
$gt = $a > $b; // accepted
$len = $s |> trim(...) |> strlen(...); // expect: NewPipeOperator, NewPipeOperator
$out = $rows |> fn($r) => array_filter($r); // expect: NewPipeOperator
$bits = $a || $b; // accepted: logical or
$text = '|>'; // accepted: in a string
