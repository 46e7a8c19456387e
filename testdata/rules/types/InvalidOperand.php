<?php
// argus-test: php=7.4..8.3
class Money {
    public function __construct(public int $cents) {}
}

function sums(array $a, array $b, int $n, Money $m, $unknown, ?int $maybe): void {
    $c = $a + $b;                                  // accepted: array union
    $d = $a + $n;                                  // expect: InvalidOperand "Unsupported operand types: array + int"
    $e = $a * 2;                                   // expect: InvalidOperand "an array is not a number"
    $f = $m + 1;                                   // expect: InvalidOperand "an object is not a number; a TypeError since PHP 8.0"
    $g = $m->cents + 1;                            // accepted: the int inside
    $h = $unknown + 1;                             // accepted: unknown
    $i = $maybe + 1;                               // accepted: null converts to 0
    $j = -$a;                                      // expect: InvalidOperand "Unary - on array"
    $k = $a % 3;                                   // expect: InvalidOperand "a TypeError since PHP 8.0"
    $n += [];                                      // expect: InvalidOperand
    $l = "3" * 2;                                  // accepted: a numeric string
    $gmp = gmp_init(5);
    $o = $gmp + 1;                                 // accepted: GMP overloads the operators
    $p = $a . 'x';                                 // accepted here: not arithmetic
    $q = $gmp * $n - 1;                            // accepted: GMP again, with - and *
}

class Loader {
    public function load(string $file) {
        if ($file === '') {
            return $this-parse($file);             // expect: InvalidOperand "Unsupported operand types: static(Loader) - mixed"
        }
        return $this->parse($file);                // accepted: the call meant
    }

    public function parse(string $file): array {
        return [$file];
    }
}
