<?php
namespace App;

interface HasLimits { const LIMIT = 5; }
enum Suit: string { case Hearts = 'H'; const Wild = self::Hearts; }
class Base implements HasLimits { const NAME = 'base'; protected const SECRET = 1; }
class Child extends Base {}
class Open extends \Vendor\Pkg\Thing {}

function values(): array {
    return [
        Base::NAEM,            // expect: UndefinedClassConstant "Undefined class constant App\Base::NAEM (did you mean NAME?)"
        Suit::Heart,           // expect: UndefinedClassConstant "did you mean Hearts?"
        \DateTime::ATOMM,      // expect: UndefinedClassConstant "DateTime::ATOMM (did you mean ATOM?)"
        Child::name,           // expect: UndefinedClassConstant "did you mean NAME?"
        Child::NAME,           // accepted: inherited
        Child::LIMIT,          // accepted: from the interface
        Suit::Hearts,          // accepted: an enum case
        Suit::Wild,            // accepted: an enum constant
        \DateTime::ATOM,       // accepted: from DateTimeInterface
        Open::ANYTHING,        // accepted: a parent argus does not know
        Base::class,           // accepted: the class name
        \Vendor\X::Y,          // accepted: an unknown class is UndefinedClass's business
    ];
}
