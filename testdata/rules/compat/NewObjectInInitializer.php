<?php
// argus-test: php=8.0..8.4
function send(Message $m, Clock $clock = new SystemClock()) {} // expect: NewObjectInInitializer "new in an initializer requires PHP 8.1"
//                                       ^^^
function counter() {
    static $c = new Counter(); // expect: NewObjectInInitializer
}
const DEFAULTS = new Options(); // expect: NewObjectInInitializer
function plain(?Clock $clock = null) { $clock = $clock ?? new SystemClock(); } // accepted: in the body
class Service { public function __construct(private Logger $log = new NullLogger()) {} } // expect: NewObjectInInitializer
function defaults($a = []) {} // accepted: a constant expression
class Holder { public $items = null; } // accepted
