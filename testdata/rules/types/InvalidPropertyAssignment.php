<?php
class Order {
    public int $total = 0;
    public ?string $note = null;
    public array $lines = [];
    public static int $count = 0;
    private Order $parent;
    public $anything;

    public function fill(string $s): void {
        $this->total = [];                         // expect: InvalidPropertyAssignment "Order::$total (int) cannot hold a value of type array{}"
        $this->total = "12";                       // accepted: weak mode, a numeric string
        $this->total = 1.5;                        // accepted: weak mode, deprecated but allowed
        $this->note = null;                        // accepted: nullable
        $this->note = 12;                          // accepted: weak mode, int to string
        $this->lines = "none";                     // expect: InvalidPropertyAssignment "cannot hold a value of type 'none'"
        $this->lines[] = 1;                        // accepted: an element, not the property
        $this->anything = [];                      // accepted: untyped
        self::$count = [];                         // expect: InvalidPropertyAssignment "Order::$count (int)"
        static::$count += 1;                       // accepted
        $this->parent = $this;                     // accepted: an Order
        $this->parent = new ArrayObject();         // expect: InvalidPropertyAssignment "(Order) cannot hold a value of type ArrayObject"
        $this->total = null;                       // expect: InvalidPropertyAssignment "cannot hold a value of type null"
        $this->total = $s;                         // accepted: a string may be numeric
    }
}

function outside(Order $o, $unknown): void {
    $o->total = ['x'];                             // expect: InvalidPropertyAssignment
    $o->total = $unknown;                          // accepted: unknown value
    $o->missing = [];                              // accepted: not a declared property
}

class Special extends Order {
    public function reset(): void {
        $this->total = 0;                          // accepted
        $this->note = false;                       // accepted: weak mode, false to string
    }
}
