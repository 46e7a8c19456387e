<?php
// argus-test: php=7.4..8.4
$type = $order::class; // expect: NewClassOnObject "::class on an object requires PHP 8.0"
//      ^^^^^^^^^^^^^
$name = Order::class; // accepted: on a class name
$self = static::class; // accepted
$const = $order::TOTAL; // accepted: a constant
$cls = $this::class; // expect: NewClassOnObject
$made = (new Order())::class; // expect: NewClassOnObject
