<?php
// argus-test: php=7.4..8.4
class Cart {
    public function Cart() {} // expect: RemovedOldStyleConstructor "constructor named like its class was removed in PHP 8.0 (deprecated since 7.0); the project targets 7.4..8.4"
//                  ^^^^
}
class Basket {
    public function basket() {} // expect: RemovedOldStyleConstructor
}
class Legacy extends Base {
    function Legacy($a) { parent::Base($a); } // expect: RemovedOldStyleConstructor
}
class Order {
    public function __construct() {}
    public function order() {} // accepted: __construct is the constructor
}
trait Item {
    public function Item() {} // accepted: a trait
}
namespace App;

class Invoice {
    public function Invoice() {} // accepted: never a constructor in a namespace
}
