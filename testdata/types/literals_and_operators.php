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
