<?php
// argus-test: php=8.4..8.5
$slug = $title |> trim(...); // expect: NewPipeOperator "pipe operator |> requires PHP 8.5; the project targets 8.4..8.5"
//             ^^
$or = $a | $b; // accepted: bitwise or
$gt = $a > $b; // accepted
