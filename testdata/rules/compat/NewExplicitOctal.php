<?php
// argus-test: php=8.0..8.4
chmod($file, 0o755); // expect: NewExplicitOctal "explicit octal literal 0o requires PHP 8.1"
//           ^^^^^
$upper = 0O17; // expect: NewExplicitOctal
chmod($file, 0755); // accepted
$hex = 0x1F; // accepted
$mask = 0o7_7_7; // expect: NewExplicitOctal
$dec = 10; // accepted
