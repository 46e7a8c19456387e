<?php
namespace App\Models;

class User {}
abstract class Base {}

class Order extends Bse          // expect: UndefinedClass "Class App\Models\Bse does not exist (did you mean App\Models\Base?)"
{
    public function owner(): Usr { // expect: UndefinedClass "Class App\Models\Usr does not exist (did you mean App\Models\User?)"
        return new Usr();          // expect: UndefinedClass
    }

    public function check($x, Missing $m): bool { // expect: UndefinedClass "App\Models\Missing"
        try {
            return $x instanceof Nope; // expect: UndefinedClass
        } catch (\RuntimeExeption $e) { // expect: UndefinedClass "did you mean RuntimeException?"
            return false;
        }
    }

    public function fine(User $u, ?\DateTimeInterface $d, int|string $k): ?self {
        $name = Optional::class;   // accepted: ::class is only a string
        $v = new \ArrayObject([]); // accepted: built in
        $w = new \Vendor\Lib\Thing(); // accepted: a namespace the project declares nothing in
        $z = new user();           // accepted: class names ignore case
        if (class_exists(Maybe::class)) {
            $m = new Maybe();      // accepted: the file tests class_exists for it
        }
        return static::make() ?? new static();
    }

    public static function make(): ?static { return null; }
}
