<?php
function unknownAdd($a, $b, int $i, array $arr, GMP $g): void {
    assertType('mixed', $a + $b);
    assertType('mixed', $a + $arr);
    assertType('int', $i + 1);
    assertType('int|float', $a * 2);
    assertType('mixed', $g + 1);
    assertType('mixed', $g * $i);
}
