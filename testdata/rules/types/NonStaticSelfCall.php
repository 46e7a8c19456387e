<?php
namespace App;

class Base {
    public function greet(): string { return 'hi'; }
    public static function make(): static { return new static(); }
}
class Child extends Base {
    public function greet(): string { return parent::greet() . '!'; } // accepted: parent:: from an instance method
    public function again(): string { return self::greet() . Base::greet(); } // accepted: on $this
    public static function shout(): string {
        return self::greet();      // expect: NonStaticSelfCall "Non-static method App\Child::greet() cannot be called statically here: there is no $this"
    }
    public function fine(): Base { return static::make(); } // accepted: static method
}
class Other {
    public function call(): string { return Base::greet(); } // expect: NonStaticSelfCall "from class App\Other"
    public function closure(): \Closure { return function () { return Base::greet(); }; } // accepted: a closure may be bound
}

echo Base::greet();                // expect: NonStaticSelfCall "App\Base::greet()"
echo Base::make()->greet();        // accepted
