<?php
// argus-test: php=8.1..8.4
readonly final class Money {} // expect: NewReadonlyClass "readonly class requires PHP 8.2"
final readonly class Euro {} // expect: NewReadonlyClass
final class Dollar { public readonly int $cents; } // accepted: a readonly property (8.1)
readonly class Point {} // expect: NewReadonlyClass
abstract class Shape {} // accepted
class Line { public function __construct(public readonly int $length) {} } // accepted: a promoted readonly property
