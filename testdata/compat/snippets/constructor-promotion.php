<?php
// argus-test: rules=NewConstructorPromotion since=8.0
class P { public function __construct(public $x = 1) {} }
if ((new P)->x !== 1) exit(1);
