<?php
// argus-test: php=8.0..8.4
class Counter
{
    private int $count = 0;

    public function increment(): Closure
    {
        return function (): int {
            assertType('static(Counter)', $this);
            assertType('int', $this->count);
            return ++$this->count;
        };
    }

    public function staticClosure(): Closure
    {
        return static fn(int $x): int => $x * 2;
    }

    public function arrow(): int
    {
        $add = fn(int $n) => $this->count + $n;
        assertType('Closure(int): int', $add);
        return $add(1);
    }
}

function captureByValue(): void
{
    $label = 'before';
    $show = function () use ($label) {
        assertType("'before'", $label);
        return $label;
    };
    $label = 'after';
    assertType("'after'", $label);
    assertType("Closure(): 'before'", $show);
}

function captureByReference(): void
{
    $total = 0;
    $add = function (int $n) use (&$total): void {
        assertType('mixed', $total);
        $total += $n;
    };
    assertType('0', $total);
    $add(5);
    assertType('mixed', $total);
    $calls = null;
    $track = function () use (&$calls) {
        $calls = 1;
    };
    $calls = 'reset';
    assertType("'reset'", $calls);
    array_map($track, [1]);
    assertType('mixed', $calls);
    $fresh = function () use (&$created) {
        $created = true;
    };
    assertType('null', $created);
}

function arrowFunctions(int $base, ?string $maybe): void
{
    $f = fn(int $x) => $x + $base;
    assertType('Closure(int): int', $f);
    $g = fn() => $maybe ?? 'default';
    assertType('Closure(): string', $g);
    $nested = fn(int $a) => fn(int $b) => $a + $b;
    assertType('Closure(int): Closure(int): int', $nested);
    $inner = fn() => assertType('int', $base);
}

function parametersInside(): void
{
    $f = function (?int $x, string ...$rest) {
        assertType('?int', $x);
        assertType('list<string>', $rest);
        if ($x === null) {
            return 'none';
        }
        return $x;
    };
    assertType("Closure(?int, string ...): ('none'|int)", $f);
    assertType("'none'|int", $f(1));
    $g = function ($untyped = 5) {
        assertType('mixed', $untyped);
    };
    $h = function (int $a = null) {
        assertType('?int', $a);
    };
}

function closuresAsArguments(array $items): void
{
    $mapped = array_map(fn($x) => (string) $x, $items);
    assertType('array', $mapped);
    usort($items, function ($a, $b): int {
        assertType('mixed', $a);
        return 0;
    });
    $filter = array_filter([1, 0, 2], fn(int $v): bool => $v > 0);
    assertType('array', $filter);
}

function callableStrings(): void
{
    $c = strlen(...);
    assertType('Closure', $c);
    $fromCallable = Closure::fromCallable('strlen');
    assertType('Closure', $fromCallable);
    $result = $c('abc');
    assertType('mixed', $result);
}

function generatorsInClosures(): void
{
    $gen = function () {
        yield 1;
        yield 'two';
    };
    assertType("Closure(): Generator<int, 'two'|1, mixed, void>", $gen);
    foreach ($gen() as $v) {
        assertType("'two'|1", $v);
    }
}

function thisOutsideClass(): void
{
    $f = function () {
        return isset($this);
    };
    assertType('Closure(): bool', $f);
}
