<?php
// argus-test: php=8.0..8.4
class Point
{
    public int $x = 0;
}

function aliases(): void
{
    $a = 1;
    $b = &$a;
    assertType('1', $b);
    $b = 'changed';
    assertType("'changed'", $a);
    $a = true;
    assertType('true', $b);
    unset($b);
    $a = 2;
    assertType('2', $a);
    $c = &$fresh;
    assertType('null', $fresh);
    assertType('null', $c);
}

function conditionalAlias(bool $flag): void
{
    $a = 1;
    $b = 2;
    if ($flag) {
        $b = &$a;
    }
    $b = 3;
    assertType('1|3', $a);
    assertType('3', $b);
}

function intoArray(): void
{
    $list = [1, 2, 3];
    $first = &$list[0];
    assertType('1', $first);
    $first = 'one';
    assertType("non-empty-list<'one'|1|2|3>", $list);
}

/** @param list<int> $numbers */
function foreachByReference(array $numbers): void
{
    foreach ($numbers as &$n) {
        assertType('int', $n);
        $n = (string) $n;
    }
    unset($n);
    assertType('list<int|string>', $numbers);
    $untouched = [1, 2];
    foreach ($untouched as &$u) {
        assertType('1|2', $u);
    }
    assertType('array{1, 2}', $untouched);
}

function fill(array &$out, ?string &$name): void
{
    $out[] = 1;
    $name = 'filled';
}

function byReferenceArguments(): void
{
    fill($result, $label);
    assertType('array', $result);
    assertType('?string', $label);
    preg_match('/a/', 'abc', $matches);
    assertType('array', $matches);
    $sorted = [3, 1, 2];
    sort($sorted);
    assertType('array<int<0, 2>, 1|2|3>', $sorted);
    $stack = [1];
    array_push($stack, 'two');
    assertType("non-empty-array<int, 'two'|1>", $stack);
    $parts = ['a', 'b'];
    $last = end($parts);
    assertType("array{'a', 'b'}", $parts);
}

function destructuring(array $pair, array $rows): void
{
    [$a, $b] = [1, 'two'];
    assertType('1', $a);
    assertType("'two'", $b);
    list($c, , $e) = [1, 2, 3];
    assertType('1', $c);
    assertType('3', $e);
    ['id' => $id, 'name' => $name] = ['id' => 5, 'name' => 'n'];
    assertType('5', $id);
    assertType("'n'", $name);
    [$x, [$y, $z]] = [1, [2, 3]];
    assertType('2', $y);
    assertType('3', $z);
    [$p, $q] = $pair;
    assertType('mixed', $p);
    [, $second] = ['a', 'b'];
    assertType("'b'", $second);
    [$missing] = [];
    assertType('null', $missing);
    [$swap1, $swap2] = [$b, $a];
    assertType('1', $swap2);
}

/** @param list<array{int, string}> $rows */
function destructuringInForeach(array $rows): void
{
    foreach ($rows as [$num, $label]) {
        assertType('int', $num);
        assertType('string', $label);
    }
    foreach ([['id' => 1, 'tags' => ['a']]] as ['id' => $id, 'tags' => [$tag]]) {
        assertType('1', $id);
        assertType("'a'", $tag);
    }
}

/** @param array{name: string, age?: int} $person */
function shapes(array $person): void
{
    ['name' => $name, 'age' => $age] = $person;
    assertType('string', $name);
    assertType('?int', $age);
}

function referenceToProperty(Point $p): void
{
    $x = &$p->x;
    assertType('int', $x);
    $x = 5;
    assertType('int', $p->x);
}

function staticAndGlobal(): void
{
    static $calls = 0;
    assertType('mixed', $calls);
    $calls = 1;
    assertType('1', $calls);
    strlen('pure');
    assertType('1', $calls);
    touch_things();
    assertType('mixed', $calls);
    global $config;
    assertType('mixed', $config);
    $config = [];
    assertType('array{}', $config);
}

function touch_things(): void {}
