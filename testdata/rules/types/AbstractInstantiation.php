<?php
namespace App;

abstract class Shape { public static function make(): static { return new static(); } }
final class Circle extends Shape {}

$a = new Shape();            // expect: AbstractInstantiation "Cannot instantiate abstract class App\Shape"
$b = new \FilterIterator(new \ArrayIterator([])); // expect: AbstractInstantiation "FilterIterator"
$c = new \App\Shape;         // expect: AbstractInstantiation

$d = new Circle();           // accepted: a concrete subclass
$e = new \ArrayIterator([]); // accepted
$f = new class extends Shape {}; // accepted: an anonymous subclass
$g = new \Vendor\AbstractThing(); // accepted: unknown
