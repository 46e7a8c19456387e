<?php
final class Token {
    public function __construct(public string $text) {}
}

final class Label {
    public function __toString(): string { return 'label'; }
}

class Open {}

function casts(array $a, Token $t, Label $l, Open $o, $unknown): void {
    $s = (string) $t;                              // expect: InvalidCast "Cannot cast Token to string"
    $s = (string) $l;                              // accepted: __toString
    $s = (string) $o;                              // accepted: a subclass may add __toString
    $s = (string) $a;                              // expect: InvalidCast "Array to string conversion"
    $s = (string) $unknown;                        // accepted: unknown
    $n = (int) $t;                                 // expect: InvalidCast "Cannot cast Token to int"
    $n = (int) $a;                                 // accepted: an array casts to 0 or 1
    $b = (bool) $t;                                // accepted
    $x = (array) $t;                               // accepted
    $f = (float) $t->text;                         // accepted: a string
}
