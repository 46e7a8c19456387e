<?php
$$name = 1;
${'dyn' . $i} = 2;
$$$deep = 3;
$obj->$prop = 4;
$obj->{'with-dash'} = 5;
$obj->{$a . $b}();
Foo::$static = 6;
Foo::$$dynStatic = 7;
Foo::{$method}();
Foo::$method();
Foo::{'CONST_' . $n};
$str{0};
$arr[] = 8;
$arr['a']['b'][] = 9;
$this->items[$key]->value = 10;
static::$instances[static::class] = $this;
