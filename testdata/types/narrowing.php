<?php
class Order { public function total(): int { return 1; } }
class SpecialOrder extends Order {}
interface Shippable {}

function find(int $id): ?Order { return null; }

function nullChecks(int $id): void {
    $o = find($id);
    assertType('?Order', $o);
    if ($o !== null) {
        assertType('Order', $o);
    } else {
        assertType('null', $o);
    }
    assertType('?Order', $o);
    if ($o === null) {
        return;
    }
    assertType('Order', $o);
}

function truthiness(?Order $o, ?string $s, int $i, array $a): void {
    if ($o) {
        assertType('Order', $o);
    }
    if (!$o) {
        assertType('null', $o);
        return;
    }
    assertType('Order', $o);
    if ($s) {
        assertType('non-empty-string', $s);
    }
    if (!$i) {
        assertType('0', $i);
    }
    if ($a) {
        assertType('non-empty-array', $a);
    }
}

function instanceofChecks(mixed $x, Order $o, Order|string $u): void {
    if ($x instanceof Order) {
        assertType('Order', $x);
    }
    if ($o instanceof SpecialOrder) {
        assertType('SpecialOrder', $o);
    }
    if (!($u instanceof Order)) {
        assertType('string', $u);
    } else {
        assertType('Order', $u);
    }
}

function typeFunctions(int|string|null $v, mixed $m): void {
    if (is_int($v)) {
        assertType('int', $v);
    } elseif (is_string($v)) {
        assertType('string', $v);
    } else {
        assertType('null', $v);
    }
    if (is_null($v)) {
        assertType('null', $v);
    }
    if (is_array($m)) {
        assertType('array', $m);
    }
    if (!is_string($v)) {
        assertType('int|null', $v);
    }
}

function issetAndEmpty(?Order $o, ?array $arr): void {
    if (isset($o)) {
        assertType('Order', $o);
    }
    if (isset($arr['k'])) {
        assertType('array{k: mixed, ...}', $arr);
    }
    if (empty($o)) {
        assertType('null', $o);
    } else {
        assertType('Order', $o);
    }
}

function andOr(?Order $a, ?Order $b): void {
    if ($a !== null && $b !== null) {
        assertType('Order', $a);
        assertType('Order', $b);
    }
    if ($a === null || $b === null) {
        return;
    }
    assertType('Order', $a);
    assertType('Order', $b);
}

function earlyExits(?Order $o, ?string $s): string {
    if ($o === null) {
        throw new \InvalidArgumentException('no order');
    }
    assertType('Order', $o);
    if ($s === null) {
        exit(1);
    }
    assertType('string', $s);
    return $s;
}

function asserts(?Order $o): void {
    assert($o !== null);
    assertType('Order', $o);
}

function coalesce(?string $s, ?int $i): void {
    $x = $s ?? 'default';
    assertType('string', $x);
    $i ??= 5;
    assertType('int', $i);
    $y = $s ?: 'empty';
    assertType('non-empty-string', $y);
}

function literals(string $mode): void {
    if ($mode === 'a') {
        assertType("'a'", $mode);
    }
    $flag = $mode === 'x';
    assertType('bool', $flag);
}
