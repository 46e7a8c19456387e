<?php
// argus-test: php=7.0..8.4
try {
    f();
} catch (PDOException | RuntimeException $e) { // expect: NewMultiCatch "catching several exception types catch (A | B $e) requires PHP 7.1"
//       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
} catch (LogicException $e) { // accepted: one type
}
try {
    g();
} catch (\TypeError|\ValueError|\ArithmeticError $e) { // expect: NewMultiCatch
} catch (Exception $e) { // accepted: one type
}
try {
    h();
} catch (A | B $e) { // expect: NewMultiCatch
}
$mask = A | B; // accepted: the bitwise operator
