<?php
assertType('1', 1);
assertType('float', 1.5);
assertType("'abc'", 'abc');
assertType('true', true);
assertType('null', null);
$a = 3;
assertType('3', $a);
assertType('5', $a + 2);
assertType('int', $a * $undefinedInt = rand());
assertType('float', $a / 2.0);
assertType("'ab'", 'a' . 'b');
assertType('non-empty-string', "x$a");
assertType('bool', $a > 2);
assertType('bool', !$a);
assertType('int', (int) '5');
assertType('string', (string) $a);
assertType('array{1, 2}', [1, 2]);
assertType("array{a: 1, b: 'x'}", ['a' => 1, 'b' => 'x']);
assertType('array{}', []);
$s = strlen('abc');
assertType('int', $s);

// A big literal keyed by `Foo::class` (a service map) is typed by kinds, keys included.
class SvcA {} class SvcB {} class SvcC {} class SvcD {} class SvcE {}
class SvcF {} class SvcG {} class SvcH {} class SvcI {}
$services = [
    SvcA::class => ['class' => SvcA::class], SvcB::class => ['class' => SvcB::class],
    SvcC::class => ['class' => SvcC::class], SvcD::class => ['class' => SvcD::class],
    SvcE::class => ['class' => SvcE::class], SvcF::class => ['class' => SvcF::class],
    SvcG::class => ['class' => SvcG::class], SvcH::class => ['class' => SvcH::class],
    SvcI::class => ['class' => SvcI::class],
];
assertType('non-empty-array<string, array>', $services);

function literalKeys(string $k, int $i, float $f, array $more): void
{
    // A literal with a key that is not literal is no shape: its key type is int, string or both.
    assertType('non-empty-array<string, 1|2>', [$k => 1, 'b' => 2]);
    assertType('non-empty-array<int, 1|2>', [$i => 1, 5 => 2]);
    assertType('non-empty-array<array-key, 1|2>', [$k => 1, 5 => 2]);
    assertType('non-empty-array<array-key, 1|2>', [$f => 1, 'a' => 2]);
    assertType('non-empty-array<int, 1|2>', [$i => 1, '7' => 2]);
    assertType('non-empty-array<array-key, mixed>', [...$more, 'a' => 1]);
}

function bigTables(string $k): void
{
    // Past a few values a table that is no shape keeps only its values' kinds: closures are Closure.
    $services = [
        $k => fn() => 1, 'a' => fn() => 'a', 'b' => fn(int $i) => $i, 'c' => fn() => null,
        'd' => fn() => [], 'e' => fn() => 2.5, 'f' => fn() => true, 'g' => fn() => 'g', 'h' => fn() => 3,
    ];
    assertType('non-empty-array<string, Closure>', $services);
    $few = [$k => fn() => 1, 'a' => fn() => 'a'];
    assertType("non-empty-array<string, Closure(): 1|Closure(): 'a'>", $few);
}
