<?php
// argus-test: php=8.0..8.4
class Order
{
    public function total(): int { return 1; }
}

function literal() { return 'done'; }

function twoWays(bool $b)
{
    if ($b) {
        return 1;
    }
    return 'one';
}

function sometimesNothing(bool $b)
{
    if ($b) {
        return new Order();
    }
}

function nothing() { echo 'x'; }

function bare(bool $b)
{
    if ($b) {
        return;
    }
}

function alwaysThrows() { throw new RuntimeException('no'); }

function recursive(int $n) { return $n <= 0 ? 0 : recursive($n - 1); }

function ping(int $n) { return $n > 0 ? pong($n - 1) : 'ping'; }
function pong(int $n) { return $n > 0 ? ping($n - 1) : 'pong'; }

function viaOther() { return literal(); }
function deeper() { return viaOther(); }

/** @return non-empty-string */
function documented() { return 'x'; }

function generator()
{
    yield 1;
    yield 2;
}

function keyed()
{
    yield 'a' => new Order();
    return 5;
}

function delegating()
{
    yield from keyed();
    yield from [true];
}

function inferredFunctions(): void
{
    assertType("'done'", literal());
    assertType("1|'one'", twoWays(true));
    assertType('?Order', sometimesNothing(false));
    assertType('void', nothing());
    assertType('void', bare(true));
    assertType('0', recursive(3));
    assertType('mixed', ping(2));
    assertType("'done'", viaOther());
    assertType('mixed', deeper());
    assertType('non-empty-string', documented());
    assertType('Generator<int, 1|2, mixed, void>', generator());
    assertType("Generator<'a', Order, mixed, 5>", keyed());
    assertType("Generator<0|'a', Order|true, mixed, void>", delegating());
    foreach (generator() as $k => $v) {
        assertType('int', $k);
        assertType('1|2', $v);
    }
}

function neverReturns(?Order $o): int
{
    if ($o === null) {
        alwaysThrows();
    }
    assertType('Order', $o);
    return 1;
}

class Service
{
    private function secret() { return new Order(); }
    final public function sealed() { return 42; }
    public function open() { return 'open'; }
    public static function make() { return new static(); }
    protected function fluent() { return $this; }

    public function use(): void
    {
        assertType('Order', $this->secret());
        assertType('42', $this->sealed());
        assertType('mixed', $this->open());
        assertType("'open'", self::open());
        assertType('mixed', static::open());
        assertType('mixed', $this->fluent());
        assertType('int', $this->secret()->total());
    }
}

final class FinalService
{
    public function open() { return [1, 2]; }
    public function withNull(?int $x) { return $x ?? 0; }
}

function finalService(FinalService $f, Service $s): void
{
    assertType('array{1, 2}', $f->open());
    assertType('int', $f->withNull(null));
    assertType('mixed', $s->open());
    assertType("'open'", Service::open());
}

function closures(): void
{
    $f = function (int $x) { return $x * 2; };
    assertType('Closure(int): int', $f);
    $g = fn(string $s) => strlen($s);
    assertType('Closure(string): int', $g);
    $h = function () {};
    assertType('Closure(): void', $h);
    $typed = function (): ?Order { return null; };
    assertType('Closure(): ?Order', $typed);
}
