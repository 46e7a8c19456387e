<?php
// Statements no path reaches: the first of each dead run is reported, once per block.

function afterReturn(int $x): int
{
    return $x;
    echo 'never';      // expect: UnreachableCode
    echo 'not again';  // the same dead run
}

function afterThrow(): void
{
    throw new RuntimeException('x');
    $y = 1;            // expect: UnreachableCode
}

function afterExit(): void
{
    exit(1);
    cleanup();         // expect: UnreachableCode
}

function cleanup(): void {}

function afterJumps(array $items): void
{
    foreach ($items as $item) {
        if ($item) {
            continue;
            echo 'skipped';  // expect: UnreachableCode
        }
        break;
        echo 'gone';         // expect: UnreachableCode
    }
}

function fail(string $m): never
{
    throw new LogicException($m);
}

function afterNever(): int
{
    fail('no');
    return 1;          // expect: UnreachableCode
}

function afterAllBranches(bool $c): int
{
    if ($c) {
        return 1;
    } else {
        return 2;
    }
    return 3;          // expect: UnreachableCode
}

function afterEndlessLoop(): void
{
    while (true) {
        work();
    }
    echo 'done';       // expect: UnreachableCode
}

function afterEndlessFor(): void
{
    for (;;) {
        work();
    }
    echo 'done';       // expect: UnreachableCode
}

function work(): void {}

// ---------------------------------------------------------------- accepted (and the goto case at the end)

function loopWithBreak(): void
{
    while (true) {
        if (work2()) {
            break;
        }
    }
    echo 'reached';
}

function work2(): bool { return true; }

function someBranches(bool $c): int
{
    if ($c) {
        return 1;
    }
    return 2;
}

function hoisted(): int
{
    return inner();
    // Declarations take effect before the code runs.
    function inner(): int { return 1; }
}

function switchFallthrough(int $x): int
{
    switch ($x) {
        case 1:
            return 1;
        case 2:
            $y = 2;
            break;
        default:
            return 0;
    }
    return $y;
}

function tryFinally(): int
{
    try {
        return 1;
    } finally {
        echo 'runs';
    }
}

function catchAfterThrow(): int
{
    try {
        throw new RuntimeException();
    } catch (RuntimeException $e) {
        return 2;
    }
}

/**
 * @property string $generator documented as a string, but null until configured
 */
class LooseConfig
{
    private array $settings = ['generator' => null];

    public function __get($name)
    {
        return $this->settings[$name];
    }
}

// The docblock says the value is never null, so the flow takes the `return 0` as certain; the
// code after it is dead only for that type, not for a jump the author wrote: not reported.
function docTypedGuardInTry(LooseConfig $config): int
{
    try {
        if ($config->generator !== null) {
            return 0;
        }
        echo 'generating nothing';
    } catch (RuntimeException $e) {
        return 1;
    }
    echo 'after the try';
    if ($config->generator !== null) {
        return 2;
    } elseif (random_int(0, 1)) {
        return 3;
    }
    return 4;
}

/** @param string $name */
function docTypedGuardInIf($name, bool $flag): int
{
    if ($flag) {
        if ($name !== null) {
            return 1;
        }
        echo 'a null name';
    } else {
        return 2;
    }
    return 3;
}

function gotoLabel(): void
{
    goto end;
    echo 'skipped by goto'; // expect: UnreachableCode
    end:
    echo 'reached by goto';
}
