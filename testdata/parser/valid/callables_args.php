<?php
$strlen = strlen(...);
$method = $obj->method(...);
$static = Foo::bar(...);
$new = $obj->maybe(...);
$r = str_pad(string: 'x', length: 10, pad_type: STR_PAD_LEFT);
$s = array_merge(...$arrays, ...[$a, $b]);
$t = foo(1, ...$rest);
$u = $obj?->a?->b()?->c;
$v = $obj?->list['k'];
$w = new Foo(array: [1], class: 'x', list: 2);
