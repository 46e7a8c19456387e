<?php
function union(int|string $a, A|B|null $b): int|false { return 0; }
function intersection(Countable&Iterator $it): Countable&Iterator { return $it; }
function dnf((A&B)|C|null $x, (A&B)|(C&D) $y): (A&B)|null { return null; }
function nullable(?int $a = null, ?Foo $b = null): ?Foo { return null; }
function standalone(null $n, false $f, true $t): void {}
function never_returns(): never { exit(1); }
function keywords(array $a, callable $c, iterable $i, object $o, mixed $m, float $f, bool $b): object {}
function byRefAndVariadic(Foo & $a, Foo&Bar $b, Foo &...$rest) {}
