<?php
$ints = [0, 42, -17, 0x1A, 0X1a, 0b1010, 0B11, 0777, 0o777, 0O17, 1_000_000, 0x7FFF_FFFF];
$floats = [1.5, .5, 5., 1e10, 1E-5, 1.5e+3, 1_000.500_1, 0.1];
$big = 9223372036854775807;
$overflow = 9223372036854775808;
$hexOverflow = 0xFFFFFFFFFFFFFFFF;
