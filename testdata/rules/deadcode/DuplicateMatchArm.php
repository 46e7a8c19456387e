<?php
// A match condition written twice: the later arm is never chosen.

function label(int $code): string
{
    return match ($code) {
        200 => 'ok',
        404 => 'missing',
        200 => 'fine',              // expect: DuplicateMatchArm "repeats the one at line 7"
        500, 503, 500 => 'error',   // expect: DuplicateMatchArm
        default => 'other',
    };
}

function kind(string $s, int $n): string
{
    return match (true) {
        $n > 10 => 'big',
        $n < 0 => 'negative',
        $n > 10 => 'large',         // expect: DuplicateMatchArm
        default => 'small',
    };
}

// ---------------------------------------------------------------- accepted

function strict($v): string
{
    // match compares with ===: the integer and the string are different arms.
    return match ($v) {
        1 => 'int',
        '1' => 'string',
        1.0 => 'float',
        true => 'bool',
        default => '?',
    };
}

function calls(): string
{
    // Two calls may return different values.
    return match (true) {
        next_flag() => 'a',
        next_flag() => 'b',
        default => 'c',
    };
}

function next_flag(): bool { return (bool) random_int(0, 1); }

function separate(int $a): array
{
    return [match ($a) { 1 => 'x', default => 'y' }, match ($a) { 1 => 'z', default => 'w' }];
}
