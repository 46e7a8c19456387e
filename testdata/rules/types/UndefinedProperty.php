<?php
namespace App;

/** @property-read int $computed */
class User {
    public string $name = '';
    protected static int $count = 0;
    public function __construct(private int $id) {}
    public function label(): string {
        return $this->nmae;            // expect: UndefinedProperty "Undefined property App\User::$nmae (did you mean $name?)"
    }
    public function ident(): int {
        return $this->id + $this->computed + self::$count; // accepted: promoted, @property-read, static
    }
    public static function total(): int {
        return self::$cuont;           // expect: UndefinedProperty "App\User::$cuont (did you mean $count?)"
    }
}

class Legacy {
    public function __construct() { $this->created = time(); }
    public function age(): int { return time() - $this->created; } // accepted: assigned on $this in the class
}
class Lazy { public function __get($n) { return 1; } }
#[\AllowDynamicProperties]
class Bag {}
class Child extends \Vendor\Model {}
class Shape {}
class Circle extends Shape { public float $radius = 1.0; }

function show(User $u, Lazy $l, Bag $b, Child $c, \stdClass $o, \DateInterval $i, Shape $s, \Exception $e): array {
    $u->extra = 1;                     // accepted: a write creates the property
    return [
        $u->emial,                     // expect: UndefinedProperty "Undefined property App\User::$emial"
        $e->messag,                    // expect: UndefinedProperty "Exception::$messag (did you mean $message?)"
        $u->name,                      // accepted
        $l->anything,                  // accepted: __get
        $b->anything,                  // accepted: #[AllowDynamicProperties]
        $c->anything,                  // accepted: a parent argus does not know
        $o->anything,                  // accepted: stdClass
        $i->days,                      // accepted: DateInterval's fields are not listed by older PHP's Reflection
        $s->radius,                    // accepted: a subclass has it, the declared type is only too wide
        isset($u->maybe),              // accepted: isset tests existence
        $u->other ?? null,             // accepted: ?? tests existence
    ];
}

// An interface declares no properties: the object is of a class implementing it.
interface DomNodeLike {}
function parentOf(DomNodeLike $n) { return $n->parentNode; }
