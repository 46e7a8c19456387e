<?php
// argus-test: php=8.0..8.4
class NotFound extends RuntimeException {}
class Denied extends RuntimeException {}

function load(int $id): string { return 'x'; }

function catchTypes(): void
{
    try {
        load(1);
    } catch (NotFound $e) {
        assertType('NotFound', $e);
        assertType('string', $e->getMessage());
    } catch (Denied | InvalidArgumentException $e) {
        assertType('Denied|InvalidArgumentException', $e);
    } catch (\Throwable $t) {
        assertType('Throwable', $t);
        assertType('int', $t->getLine());
    }
}

function assignedInTry(): void
{
    try {
        $a = 1;
        $b = load(2);
        $c = true;
    } catch (Exception $e) {
        assertType('1', $a);
        assertType('string', $b);
        return;
    }
    assertType('1', $a);
    assertType('string', $b);
    assertType('true', $c);
}

function nestedAssignments(bool $flag): void
{
    $x = 'before';
    try {
        if ($flag) {
            $x = 'inside';
            load(3);
            $x = 'after';
        }
    } catch (NotFound $e) {
        assertType("'after'|'before'|'inside'", $x);
    }
    assertType("'after'|'before'|'inside'", $x);
}

function finallyRuns(): string
{
    $state = 'start';
    try {
        $state = 'try';
        load(4);
    } catch (Exception $e) {
        $state = 'caught';
    } finally {
        assertType("'caught'|'start'|'try'", $state);
        $done = true;
    }
    assertType("'caught'|'try'", $state);
    assertType('true', $done);
    return $state;
}

function returnInTry(): int
{
    try {
        return 1;
    } catch (Exception $e) {
        $recovered = 2;
    }
    assertType('2', $recovered);
    return $recovered;
}

function rethrow(): void
{
    try {
        $v = load(5);
    } catch (NotFound $e) {
        throw new RuntimeException('wrapped', 0, $e);
    }
    assertType('string', $v);
}

function catchWithoutVariable(): void
{
    $ok = true;
    try {
        load(6);
    } catch (NotFound) {
        $ok = false;
    }
    assertType('bool', $ok);
}

function nullInitialised(): ?string
{
    $result = null;
    try {
        $result = load(7);
    } catch (Exception $e) {
        assertType('?string', $result);
    }
    assertType('?string', $result);
    return $result;
}

function nestedTry(): void
{
    try {
        try {
            $inner = 1;
            load(8);
        } catch (NotFound $e) {
            $inner = 2;
            throw $e;
        } finally {
            assertType('1|2', $inner);
        }
    } catch (Exception $outer) {
        assertType('Exception', $outer);
    }
}

function loopWithTry(array $ids): void
{
    $failed = [];
    foreach ($ids as $id) {
        try {
            load($id);
        } catch (NotFound $e) {
            $failed[] = $id;
            continue;
        }
    }
    assertType('list<mixed>', $failed);
}
