<?php
// argus-test: php=8.1..8.4
$greeting = "Hello ${name}"; // expect: DeprecatedDollarBraceInterpolation "string interpolation ${var} is deprecated since PHP 8.2; the project targets 8.1..8.4"
//                 ^^^^^^^
$item = "Item ${items[0]}"; // expect: DeprecatedDollarBraceInterpolation
$cmd = `ls ${dir}`; // expect: DeprecatedDollarBraceInterpolation
// expect@+2: DeprecatedDollarBraceInterpolation
$text = <<<EOT
  Dear ${name},
  EOT;
$ok = "Hello {$name} and $name and {$items[0]}"; // accepted
$vv = "{${'name'}}"; // accepted: a variable variable inside {$...}
$single = 'Hello ${name}'; // accepted: no interpolation in single quotes
$escaped = "Hello \${name}"; // accepted: an escaped dollar
