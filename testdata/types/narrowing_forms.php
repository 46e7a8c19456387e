<?php
// argus-test: php=8.1..8.4
class Order
{
    public ?string $note = null;
    public function total(): int { return 1; }
}
class Refund extends Order {}
interface Printable {}

/** @return never */
function fail(string $why) { throw new RuntimeException($why); }

function stop(): never { exit(1); }

function instanceofForms(mixed $m, Order|Printable|null $u, object $o): void
{
    if ($m instanceof Order || $m instanceof Printable) {
        assertType('Order|Printable', $m);
    }
    if (!$u instanceof Order) {
        assertType('?Printable', $u);
        return;
    }
    assertType('Order', $u);
    if ($o instanceof Refund) {
        assertType('Refund', $o);
    } else {
        assertType('object', $o);
    }
    $cls = Order::class;
    if ($m instanceof $cls) {
        assertType('mixed', $m);
    }
}

function isFunctions(mixed $m, int|float|string|null $n, array|string $as): void
{
    if (is_numeric($n)) {
        assertType('float|int|numeric-string', $n);
    } else {
        assertType('?string', $n);
    }
    if (is_scalar($m)) {
        assertType('bool|float|int|string', $m);
    }
    if (is_object($m)) {
        assertType('object', $m);
    }
    if (is_bool($m)) {
        assertType('bool', $m);
    }
    if (is_float($n)) {
        assertType('float', $n);
    }
    if (!is_array($as)) {
        assertType('string', $as);
    }
    if (is_iterable($m)) {
        assertType('Traversable|array', $m);
    }
    if (is_callable($m)) {
        assertType('callable', $m);
    }
}

function nullComparisons(?Order $a, ?int $i, ?string $s): void
{
    if (null !== $a) {
        assertType('Order', $a);
    }
    if (null === $i) {
        assertType('null', $i);
    } else {
        assertType('int', $i);
    }
    if ($s != null) {
        assertType('string', $s);
    }
    if ($s == null) {
        assertType("''|'0'|null", $s);
    }
}

function truthinessForms(?Order $o, int $i, string $s, ?array $a, bool $b, float $f): void
{
    if (!$b) {
        assertType('false', $b);
    } else {
        assertType('true', $b);
    }
    if ($i) {
        assertType('int', $i);
    } else {
        assertType('0', $i);
    }
    if (!$s) {
        assertType("''|'0'", $s);
    }
    if (!$a) {
        assertType('array{}|null', $a);
    }
    if ($o && $o->note) {
        assertType('Order', $o);
        assertType('non-empty-string', $o->note);
    }
    if ($f) {
        assertType('float', $f);
    }
}

function issetEmpty(?Order $o, array $row, ?string $s, $undefined = null): void
{
    if (isset($o, $s)) {
        assertType('Order', $o);
        assertType('string', $s);
    }
    if (!isset($s)) {
        assertType('null', $s);
    }
    if (isset($row['id'])) {
        assertType('mixed', $row['id']);
    }
    if (isset($o->note)) {
        assertType('string', $o->note);
        assertType('Order', $o);
    }
    if (empty($s)) {
        assertType("''|'0'|null", $s);
    } else {
        assertType('non-empty-string', $s);
    }
    if (!empty($row)) {
        assertType('non-empty-array', $row);
    }
    if ($o) {
        $maybe = 1;
    }
    if (isset($maybe)) {
        assertType('1', $maybe);
    }
}

/** @param array<string, ?int> $counts */
function issetOnOffsets(array $counts, string $key): void
{
    if (isset($counts['a'])) {
        assertType('int', $counts['a']);
    }
    if (isset($counts[$key])) {
        assertType('?int', $counts[$key]);
    }
    if (array_key_exists('b', $counts)) {
        assertType('?int', $counts['b']);
    }
}

function earlyExits(?Order $o, ?string $s, ?int $i, array $list): void
{
    if ($o === null) {
        fail('no order');
    }
    assertType('Order', $o);
    if ($s === null) {
        stop();
    }
    assertType('string', $s);
    if ($i === null) {
        die('no int');
    }
    assertType('int', $i);
    foreach ($list as $item) {
        if ($item === null) {
            continue;
        }
        assertType('mixed', $item);
        if (!is_int($item)) {
            break;
        }
        assertType('int', $item);
    }
}

function assertCalls(mixed $m, ?Order $o): void
{
    assert(is_string($m));
    assertType('string', $m);
    assert($o instanceof Refund, 'must be a refund');
    assertType('Refund', $o);
}

function coalescing(?string $s, ?array $a, array $map): void
{
    assertType('string', $s ?? '');
    assertType("array|'none'", $a ?? 'none');
    assertType('mixed', $map['k'] ?? null);
    $x = $s;
    $x ??= 'default';
    assertType('string', $x);
    assertType('non-empty-string|true', $s ?: true);
    $undefinedYet ??= 5;
    assertType('5', $undefinedYet);
}

function matchTrue(int|string|null $v): string
{
    return match (true) {
        is_int($v) => (string) assertType('int', $v),
        is_string($v) => assertType('string', $v),
        default => (string) assertType('null', $v),
    };
}

function orderOfAndOr(?Order $o, mixed $m): void
{
    if ($o !== null && $o->total() > 0) {
        assertType('Order', $o);
    }
    if ($o === null || $o->total() > 0) {
        assertType('?Order', $o);
    }
    if (is_string($m) && $m !== '') {
        assertType('non-empty-string', $m);
    }
    if (!is_string($m) || $m === '') {
        return;
    }
    assertType('non-empty-string', $m);
}

function existence(string $cls, object $o): void
{
    if (class_exists($cls)) {
        assertType('class-string', $cls);
    }
    if (function_exists('my_polyfill')) {
        assertGuarded(my_polyfill());
    }
    assertNotGuarded(my_polyfill());
    if (!defined('MY_CONSTANT')) {
        return;
    }
    assertGuarded(MY_CONSTANT);
    if (method_exists($o, 'save')) {
        assertGuarded($o->save());
        assertNotGuarded($o->load());
    }
    if (class_exists('Missing\Thing')) {
        assertGuarded(new \Missing\Thing());
    }
}

function ranges(int $i, int $j): void
{
    if ($i > 0) {
        assertType('int<1, max>', $i);
    } else {
        assertType('int<min, 0>', $i);
    }
    if ($j >= 10 && $j < 20) {
        assertType('int<10, 19>', $j);
    }
    if (5 < $i) {
        assertType('int<6, max>', $i);
    }
}

function counts(array $a, ?array $b): void
{
    if (count($a) > 0) {
        assertType('non-empty-array', $a);
    }
    if (count($a) === 0) {
        assertType('array{}', $a);
    }
    if (count($a)) {
        assertType('non-empty-array', $a);
    }
}

function looseEquality(int $i, string $s, string $n): void
{
    if ($i == 3) {
        assertType('3', $i);
    }
    if ($s == 'abc') {
        assertType("'abc'", $s);
    }
    if ($n == '10') {
        assertType('string', $n);
    }
}

function assignInCondition($fp): void
{
    while (($line = fgets($fp)) !== false) {
        assertType('string', $line);
    }
    if ($o = findOrder()) {
        assertType('Order', $o);
    }
    if (!$p = findOrder()) {
        assertType('null', $p);
        return;
    }
    assertType('Order', $p);
}

function findOrder(): ?Order { return null; }

function inArray(string $s, mixed $m): void
{
    if (in_array($s, ['a', 'b'], true)) {
        assertType("'a'|'b'", $s);
    }
    if (in_array($m, [1, 2])) {
        assertType('mixed', $m);
    }
}
