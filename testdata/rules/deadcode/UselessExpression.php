<?php
// Expression statements that have no effect.

function flagged(int $a, int $b, array $list)
{
    $a == $b;            // expect: UselessExpression "was an assignment meant"
    $a;                  // expect: UselessExpression "has no effect"
    'debug marker';      // expect: UselessExpression
    $a + 1;              // expect: UselessExpression
    isset($a, $b);       // expect: UselessExpression
    [$a, $b];            // expect: UselessExpression
    $a === null ? 1 : 2; // expect: UselessExpression
    "value: $a";         // expect: UselessExpression
}

// ---------------------------------------------------------------- accepted

function accepted(int $a, $obj, array $list)
{
    $a = 1;              // assignment
    $a++;                // increment
    strlen('x');         // a call (maybe pure, but rules about calls are elsewhere)
    new ArrayObject();   // new runs a constructor
    print 'x';           // output
    @$list['missing'];   // silenced read: deliberate
    $obj->prop;          // may run __get
    $list[0];            // may run offsetGet
    (string) $obj;       // may run __toString
    Foo::BAR;            // may autoload
    $a > 0 or die('negative');
    $a > 0 && print('positive');
    include 'file.php';
    yield $a;
    '@phan-var ArrayObject $obj'; // an annotation for Phan, the one tool that reads it
    exit(0);
}
