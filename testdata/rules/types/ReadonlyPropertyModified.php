<?php
// argus-test: php=8.1..8.4
final class Point {
    public readonly int $x;
    public readonly array $tags;
    private readonly ArrayObject $bag;
    public int $y = 0;

    public function __construct(int $x, public readonly ?int $z = null) {
        $this->x = $x;                             // accepted: initialised in the declaring class
        $this->tags = [];                          // accepted
        $this->bag = new ArrayObject();            // accepted
        $this->bag[] = 1;                          // accepted: an object takes element writes itself
    }

    public function move(): void {
        $this->x++;                                // expect: ReadonlyPropertyModified "Readonly property Point::$x cannot be modified"
        $this->x += 2;                             // expect: ReadonlyPropertyModified
        $this->tags[] = 'moved';                   // expect: ReadonlyPropertyModified "Point::$tags"
        $this->y++;                                // accepted: not readonly
        sort($this->tags);                         // expect: ReadonlyPropertyModified
        $copy = $this->tags;                       // accepted: a copy
        $copy[] = 1;
        $ref = &$this->tags;                       // expect: ReadonlyPropertyModified
        foreach ($this->tags as &$t) {             // expect: ReadonlyPropertyModified
        }
        count($this->tags);                        // accepted: by value
    }

    public function lazy(): void {
        $this->x = 3;                              // accepted: may be the initialisation
        $this->z ??= 4;                            // accepted: lazy initialisation
    }

    public function __clone() {
        $this->tags[] = 'copy';                    // accepted: __clone may give new values (8.3)
    }
}

function outside(Point $p): void {
    $p->x = 1;                                     // expect: ReadonlyPropertyModified "Cannot initialize readonly property Point::$x from global scope"
    unset($p->x);                                  // expect: ReadonlyPropertyModified "Cannot unset readonly property"
    $p->y = 1;                                     // accepted: not readonly
    $set = function () use ($p) {
        $p->x = 2;                                 // accepted: a closure may be bound to Point's scope
    };
}

class Base {
    public readonly string $name;
}

class Child extends Base {
    public function __construct() {
        $this->name = 'child';                     // expect: ReadonlyPropertyModified "from scope Child"
    }
}

readonly class Money {
    public function __construct(public int $amount) {}

    public function add(int $n): void {
        $this->amount += $n;                       // expect: ReadonlyPropertyModified "Money::$amount"
    }
}

class Other {
    public function poke(Point $p, Money $m): void {
        $p->x = 5;                                 // expect: ReadonlyPropertyModified "from scope Other"
        echo $m->amount;                           // accepted: a read
    }
}
