<?php
enum Suit {
    case Hearts;
}

final class Point {
    public int $x = 0;
}

final class Name {
    public function __toString(): string { return 'n'; }
}

function show(array $items, Point $p, Name $n, Suit $s, $unknown, ?Name $maybe): void {
    echo "Items: " . $items;                       // expect: InvalidStringConversion "array is concatenated as a string"
    echo "Point: $p";                              // expect: InvalidStringConversion "Point is interpolated as a string, but its class has no __toString()"
    echo $n, "\n";                                 // accepted: __toString
    echo $s;                                       // expect: InvalidStringConversion "Suit is echoed"
    print $items;                                  // expect: InvalidStringConversion "is printed"
    echo "Name: " . $n . " " . $unknown;           // accepted
    echo "Maybe: " . $maybe;                       // accepted: null converts to ""
    echo "Count: " . count($items);                // accepted
    echo "First: {$items[0]}";                     // accepted: an element, unknown
    echo $p->x . "px";                             // accepted
    $out = '';
    $out .= $p;                                    // expect: InvalidStringConversion
}
