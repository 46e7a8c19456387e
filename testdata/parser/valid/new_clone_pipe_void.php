<?php
$name = new Foo()->name;
$value = new Foo()->getValue();
$item = new Foo()['key'];
$static = new Foo()::CONSTANT;
$dyn = new ($className)();
$obj = new $class;
$obj2 = new $this->className($arg);
$obj3 = new self::$registry['k']();
$copy = clone $original;
$changed = clone($point, ['x' => 1]);
$result = 'Hello' |> strtoupper(...) |> trim(...) |> fn($s) => $s . '!';
$len = $str |> strlen(...);
(void) $obj->doSomething();
