<?php
namespace App;

trait Loggable {}

class A { use Logable; }         // expect: UndefinedTrait "Trait App\Logable does not exist (did you mean App\Loggable?)"
class B { use Loggable, Timestamps; } // expect: UndefinedTrait "App\Timestamps"
trait C { use \Missing\Nowhere\T, Countr; } // expect: UndefinedTrait "App\Countr"

class D { use Loggable; }        // accepted
class E { use loggable; }        // accepted: trait names ignore case
class F { use \Vendor\Pkg\Helper; } // accepted: a dependency's namespace
