<?php
class Query
{
    const DEFAULT = 1;
    const LIST = 2;
    public function list() {}
    public function match($x) {}
    public static function new() { return new static(); }
    public function print() {}
    public function function() {}
    public function foreach() {}
    public $class;
    public $enum;
    public $array;
}
$q = Query::new();
$q->list();
$q->match(1);
$q->print();
echo $q->class, $q->enum, $q->array, Query::DEFAULT, Query::LIST;
$r = $router->match('/path');
$s = foo(default: 1, array: [], class: 'c', function: null, fn: 2, match: 3, enum: 4);
$t = $obj->readonly;
$u = $obj->static;
$v = Foo\List\Bar::class;
