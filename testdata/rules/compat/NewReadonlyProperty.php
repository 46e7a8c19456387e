<?php
// argus-test: php=8.0..8.4
final class Money {
    public readonly int $amount; // expect: NewReadonlyProperty "readonly property requires PHP 8.1"
//         ^^^^^^^^
    public function __construct(public readonly string $currency) {} // expect: NewReadonlyProperty
    public function readonly() {} // accepted: a method named readonly
}
final class Point {
    protected readonly float $x; // expect: NewReadonlyProperty
    public int $y; // accepted: not readonly
    public static $cache; // accepted
}
