<?php
namespace App;

class Account {
    private function secret(): int { return 1; }
    protected function guarded(): int { return 2; }
    private static function hidden(): int { return 3; }
    public function open(): int { return $this->secret() + $this->guarded() + self::hidden(); } // accepted: inside
    public function peer(Account $other): int { return $other->secret(); } // accepted: same class, other object
}
class Savings extends Account {
    public function rate(): int { return $this->guarded(); }  // accepted: protected, from a subclass
    public function leak(): int { return $this->secret(); }   // expect: InaccessibleMethod "Call to private method App\Account::secret() from class App\Savings"
}
class Proxy { private function inner() {} public function __call($n, $a) {} }
trait Counts { private function tally() { return 1; } }
class Uses { use Counts; public function all() { return $this->tally(); } } // accepted: a trait's private method is the class's own

function outside(Account $a, Proxy $p, Uses $u): void {
    $a->secret();                  // expect: InaccessibleMethod "Call to private method App\Account::secret() from outside any class"
    $a->guarded();                 // expect: InaccessibleMethod "protected method"
    Account::hidden();             // expect: InaccessibleMethod "App\Account::hidden()"
    $u->tally();                   // expect: InaccessibleMethod "App\Uses::tally()"
    $a->open();                    // accepted: public
    $p->inner();                   // accepted: __call receives inaccessible calls
    $anon = new class { private function x() {} public function y() { return $this->x(); } }; // accepted
}
