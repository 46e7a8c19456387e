<?php
declare(strict_types=1);

function label(int $n): string {
    return $n;                                     // expect: InvalidReturnStatement "must return string, but this returns int"
}

function ratio(int $n): float {
    return $n;                                     // accepted: int to float stays allowed in strict mode
}

function flag(int $n): bool {
    return $n > 0;                                 // accepted
}
