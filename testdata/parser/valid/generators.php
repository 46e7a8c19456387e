<?php
function gen()
{
    yield;
    yield 1;
    yield 'key' => 'value';
    $received = yield;
    $x = yield $value;
    $data = (yield $k => $v);
    yield from inner();
    $all = yield from [1, 2, 3];
    return fn() => yield 1;
}
