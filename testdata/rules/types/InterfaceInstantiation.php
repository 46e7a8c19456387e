<?php
namespace App;

interface Repository {}
trait Loggable {}
enum Status { case On; }
class Users implements Repository {}

$a = new Repository();      // expect: InterfaceInstantiation "Cannot instantiate interface App\Repository"
$b = new Loggable();        // expect: InterfaceInstantiation "Cannot instantiate trait App\Loggable"
$c = new Status();          // expect: InterfaceInstantiation "Cannot instantiate enum App\Status"
$d = new \Countable();      // expect: InterfaceInstantiation "interface Countable"

$e = new Users();           // accepted
$f = Status::On;            // accepted: how an enum is got
$g = new class implements Repository {}; // accepted
$h = new \ArrayObject();    // accepted
