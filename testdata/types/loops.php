<?php
// argus-test: php=8.0..8.4
class Item
{
    public int $qty = 0;
    public ?Item $next = null;
}

function counters(): void
{
    $i = 0;
    while ($i < 10) {
        assertType('int<min, 9>', $i);
        $i++;
    }
    assertType('int<10, max>', $i);
    for ($j = 0; $j < 3; $j++) {
        assertType('int<min, 2>', $j);
    }
    $n = 0;
    do {
        $n += 2;
    } while ($n < 100);
    assertType('int<100, max>', $n);
}

function accumulate(array $rows): void
{
    $sum = 0;
    $names = [];
    foreach ($rows as $row) {
        $sum += 1;
        $names[] = 'x';
    }
    assertType('int', $sum);
    assertType("list<'x'>", $names);
    $total = 0.0;
    foreach ([1, 2, 3] as $v) {
        assertType('1|2|3', $v);
        $total += $v;
    }
    assertType('float', $total);
}

/**
 * @param list<Item> $items
 * @param array<string, int> $byName
 */
function foreachTypes(array $items, array $byName, iterable $it): void
{
    foreach ($items as $k => $item) {
        assertType('int<0, max>', $k);
        assertType('Item', $item);
    }
    foreach ($byName as $name => $count) {
        assertType('string', $name);
        assertType('int', $count);
    }
    foreach (['a' => 1, 'b' => 'two'] as $key => $val) {
        assertType("'a'|'b'", $key);
        assertType("1|'two'", $val);
    }
    foreach ($it as $x) {
        assertType('mixed', $x);
    }
    foreach ($items as $item) {
    }
    assertType('Item', $item);
}

function maybeDefinedAfterLoop(array $list): void
{
    foreach ($list as $v) {
        $last = $v;
    }
    assertType('mixed', $last);
    $found = null;
    foreach ([1, 2] as $v) {
        if ($v === 2) {
            $found = $v;
            break;
        }
    }
    assertType('2|null', $found);
}

function breakAndContinue(array $list): void
{
    $state = 'start';
    foreach ($list as $v) {
        if ($v === null) {
            $state = 'skipped';
            continue;
        }
        if ($v === false) {
            $state = 'stopped';
            break;
        }
        $state = 'seen';
    }
    assertType("'seen'|'skipped'|'start'|'stopped'", $state);
    $outer = 0;
    foreach ($list as $a) {
        foreach ($list as $b) {
            if ($b) {
                $outer = 1;
                break 2;
            }
            if ($a) {
                continue 2;
            }
        }
        $outer = 2;
    }
    assertType('0|1|2', $outer);
}

function whileTrue(): int
{
    $tries = 0;
    while (true) {
        $tries++;
        if ($tries > 3) {
            break;
        }
    }
    assertType('int<4, max>', $tries);
    return $tries;
}

function loopNarrowing(?Item $item, array $queue): void
{
    while ($item !== null) {
        assertType('Item', $item);
        $item = $item->next;
    }
    assertType('null', $item);
    while ($next = array_shift($queue)) {
        assertType('mixed', $next);
    }
}

function growingString(): void
{
    $s = '';
    for ($i = 0; $i < 3; $i++) {
        $s .= 'a';
    }
    assertType('string', $s);
    $flag = false;
    foreach ([1, 2] as $x) {
        $flag = true;
    }
    assertType('bool', $flag);
}

function listBuilding(array $input): void
{
    $out = [];
    foreach ($input as $k => $v) {
        $out[$k] = (string) $v;
    }
    assertType('array<string>', $out);
    $ids = [];
    foreach ($input as $v) {
        $ids[] = (int) $v;
    }
    assertType('list<int>', $ids);
}

function alternativeSyntax(array $a): void
{
    $count = 0;
    foreach ($a as $x):
        $count = $count + 1;
    endforeach;
    assertType('int', $count);
    while ($count > 0):
        $count--;
    endwhile;
    assertType('int<min, 0>', $count);
}
