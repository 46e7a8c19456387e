<?php
final class Money {
    public function __construct(private int $cents) {}

    public function cents(): int {
        return $this->cents;                       // accepted: the declared type
    }

    public function label(): string {
        return $this->cents;                       // accepted: weak mode turns the int into a string
    }

    public function parts(): int {
        return ['cents' => $this->cents];          // expect: InvalidReturnStatement "must return int, but this returns array{cents: int}"
    }

    public function withCents(int $c): static {
        return new static($c);                     // accepted: static is the class itself
    }

    public function copy(): self {
        return $this;                              // accepted: $this is an instance of self
    }

    public function wrong(): self {
        return new ArrayObject();                  // expect: InvalidReturnStatement "must return Money"
    }
}

interface Shape {}
final class Circle implements Shape {}

function makeShape(bool $round): Shape {
    if ($round) {
        return new Circle();                       // accepted: Circle implements Shape
    }
    return "square";                               // expect: InvalidReturnStatement "returns 'square'"
}

function maybeText(int $n): ?string {
    if ($n > 0) {
        return null;                               // accepted: nullable
    }
    return $n;                                     // accepted: weak mode, int to string
}

function notNullable(): int {
    return null;                                   // accepted here: NullableReturnStatement reports null returns
}

function fromUnknown($x): array {
    return $x;                                     // accepted: an unknown value may be an array
}

function generator(): iterable {
    yield 1;
    return "done";                                 // accepted: a generator's return value is not the declared type
}

function boolOrArray(bool $b): array|bool {
    return $b ? [] : false;                        // accepted: every part fits
}

function noteVoid(): void {}

function nullableInt(): ?int {
    return noteVoid();                             // accepted: a void call gives null, which ?int takes
}

$closure = function (int $a): string {
    return [$a];                                   // expect: InvalidReturnStatement "The closure must return string"
};

$arrow = fn(int $a): array => $a * 2;              // expect: InvalidReturnStatement "The arrow function must return array"
$fine = fn(int $a): float => $a * 2;               // accepted: ints pass as floats

trait Fluent {
    public function self(): self {
        return new Circle();                       // accepted: in a trait, self is the class that uses it
    }
}
