<?php
// argus-test: php=7.4..8.4
namespace App;

function pair($a, $b, $c = null) { return [$a, $b, $c]; }
class Point {
    public function __construct(public int $x, public int $y) {}
    public function move(int $dx, int $dy = 0): self { return $this; }
    public static function origin(int $z): self { return new self(0, 0); }
}

pair(1);                       // expect: TooFewArguments "Too few arguments to App\pair(): 1 given, 2 required; $b is missing"
$p = new Point(1);             // expect: TooFewArguments "App\Point::__construct(): 1 given, 2 required"
$p->move();                    // expect: TooFewArguments "App\Point::move(): 0 given, 1 required"
Point::origin();               // expect: TooFewArguments
\str_replace('a', 'b');        // expect: TooFewArguments "str_replace(): 2 given, 3 required"
array_keys();                  // expect: TooFewArguments "array_keys()"

pair(1, 2);                    // accepted
pair(b: 2, a: 1);              // accepted: named arguments fill the rest
pair(...[1, 2]);               // accepted: unpacked, not counted
$p->move(1);                   // accepted: $dy has a default
mt_rand();                     // accepted: zero or two arguments
implode(['a']);                // accepted: the one-argument form
$q = new \ArrayObject();       // accepted: every parameter optional
