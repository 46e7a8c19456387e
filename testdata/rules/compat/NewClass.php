<?php
// argus-test: php=5.6..8.4
$map = new WeakMap(); // expect: NewClass "WeakMap is new in PHP 8.0; the project targets 5.6..8.4"
$c = IntlChar::chr(65); // expect: NewClass "IntlChar is new in PHP 7.0"
class Name implements Stringable { // expect: NewClass "Stringable is new in PHP 8.0"
    public function __toString() { return ''; }
}
class Failure extends Error { // expect: NewClass "Error is new in PHP 7.0"
}

// Places where PHP does not need the class: the PHP 5 and 7 idiom.
try {
    run();
} catch (Throwable $e) {
    report($e);
}
$isError = $e instanceof ArithmeticError;
function handle(Throwable $t) { return $t; }
$name = WeakMap::class;
// Guards.
$store = class_exists('WeakMap') ? new WeakMap() : new SplObjectStorage();
if (PHP_VERSION_ID >= 70000) {
    $c = IntlChar::chr(65);
}
// A class the project declares.
$r = new ReturnTypeWillChange();
if (!class_exists('ReturnTypeWillChange')) {
    final class ReturnTypeWillChange {
    }
}
