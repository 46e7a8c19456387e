<?php
// argus-test: php=8.0..8.4
enum Status: int
{
    case Active = 1;
    case Closed = 2;
}

class Shape {}
class Circle extends Shape {}
class Square extends Shape {}

function fallThrough(int $code): void
{
    $kind = 'none';
    switch ($code) {
        case 1:
        case 2:
            assertType('1|2', $code);
            $kind = 'low';
            break;
        case 3:
            assertType('3', $code);
            $kind = 'three';
            // no break: falls into the next case
        case 4:
            assertType('3|4', $code);
            $kind = $kind . '!';
            break;
        default:
            assertType('int', $code);
            $kind = 'other';
    }
    assertType("'low'|'other'|non-empty-string", $kind);
}

function withoutDefault(string $mode): void
{
    $flag = null;
    switch ($mode) {
        case 'read':
            assertType("'read'", $mode);
            $flag = 'r';
            break;
        case 'write':
            $flag = 'w';
            break;
    }
    assertType("'r'|'w'|null", $flag);
}

function numericCase(string $s): void
{
    switch ($s) {
        case '1':
            assertType('string', $s);
            break;
    }
}

function switchTrue(mixed $v): string
{
    switch (true) {
        case is_int($v):
            assertType('int', $v);
            return 'int';
        case is_string($v) && $v !== '':
            assertType('non-empty-string', $v);
            return 'string';
        case $v instanceof Shape:
            assertType('Shape', $v);
            return 'shape';
    }
    assertType('mixed', $v);
    return 'other';
}

function allReturn(int $i): string
{
    switch ($i) {
        case 1:
            return 'one';
        default:
            return 'many';
    }
}

function continueInSwitch(array $list): void
{
    $seen = 0;
    foreach ($list as $v) {
        switch ($v) {
            case 'skip':
                continue 2;
            default:
                $seen = 1;
        }
        assertType('1', $seen);
    }
    assertType('0|1', $seen);
}

function matchValues(int $i, Status $s, string $str): void
{
    $name = match ($i) {
        1 => 'one',
        2, 3 => 'few',
        default => 'many',
    };
    assertType("'few'|'many'|'one'", $name);
    $code = match ($s) {
        Status::Active => 10,
        Status::Closed => 20,
    };
    assertType('10|20', $code);
    $len = match (true) {
        $str === '' => 0,
        strlen($str) > 10 => 2,
        default => 1,
    };
    assertType('0|1|2', $len);
    $arm = match ($i) {
        1 => assertType('1', $i),
        2, 3 => assertType('2|3', $i),
        default => assertType('int', $i),
    };
}

function matchNarrowing(Shape $shape, ?int $n): void
{
    $area = match (true) {
        $shape instanceof Circle => (string) assertType('Circle', $shape),
        $shape instanceof Square => (string) assertType('Square', $shape),
        default => 'unknown',
    };
    $x = match ($n) {
        null => 'none',
        default => (string) assertType('int', $n),
    };
    assertType("'none'|string", $x);
}

function matchThrows(int $i): int
{
    $v = match ($i) {
        1 => 100,
        default => throw new InvalidArgumentException('bad'),
    };
    assertType('100', $v);
    return $v;
}

function matchNoDefault(string $s): string
{
    return match ($s) {
        'a' => 'A',
        'b' => 'B',
    };
}

function matchResultUsed(string $s): void
{
    $r = matchNoDefault($s);
    assertType('string', $r);
    $mixed = match ($s) {
        'x' => 1,
        'y' => 'why',
        default => null,
    };
    assertType("1|'why'|null", $mixed);
}
