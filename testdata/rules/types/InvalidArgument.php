<?php
// argus-test: php=8.0..8.4

class Order
{
    public function __construct(public int $id) {}
}

class Invoice {}

final class Label
{
    public function __toString(): string { return 'label'; }
}

function total(array $items): int { return count($items); }
function greet(string $name): string { return "Hello $name"; }
function ship(Order $order): void {}
function ratio(float $x): float { return $x; }
function maybe(?Order $order): void {}

total('not an array'); // expect: InvalidArgument "Argument 1 ($items) of total() expects array, 'not an array' given"
greet(['a', 'b']); // expect: InvalidArgument "expects string"
ship(new Invoice()); // expect: InvalidArgument "expects Order, Invoice given"
strlen([1, 2]); // expect: InvalidArgument "Argument 1 ($string) of strlen() expects string"
greet(null); // expect: InvalidArgument "null given"
$o = new Order('7'); // accepted: weak mode turns the numeric string '7' into 7
new Order('seven'); // expect: InvalidArgument "expects int, 'seven' given"

// Accepted look-alikes: PHP's weak-mode coercions and subtypes.
greet(42);                 // int to string
greet(new Label());        // __toString
ratio(3);                  // int to float
total([1, 2, 3]);
maybe(null);               // nullable parameter
strlen(12);                // built-in, weak mode
strlen(null);              // built-in: null is coerced (deprecated since 8.1, a compatibility finding)
ship($o);
function anything($x) { return $x; }
anything([1]);             // untyped parameter
$unknown = $GLOBALS['x'];
greet($unknown);           // mixed is not reported
$args = [[1]];
greet(...$args);           // unpacked: only run time knows
greet(name: 'named');
$fn = greet(...);          // first-class callable, no call

// Stale docblocks that the code contradicts are not believed.
class StaleDocs
{
    /** @var integer */
    public $codes = [];

    /** @var void */
    private static $path = '';

    /** @return void */
    public function key() { return 'path.php'; }

    public function use(): void
    {
        in_array('x', $this->codes);
        file_exists(self::$path);
        dirname($this->key());
    }
}
