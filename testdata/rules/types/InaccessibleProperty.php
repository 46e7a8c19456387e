<?php
namespace App;

class Account {
    private int $balance = 0;
    protected string $owner = '';
    private static int $count = 0;
    public int $id = 0;
    public function total(Account $other): int { return $this->balance + $other->balance + self::$count; } // accepted
}
class Savings extends Account {
    public function who(): string { return $this->owner; }  // accepted: protected, from a subclass
    public function peek(): int { return $this->balance; }  // expect: InaccessibleProperty "Access to private property App\Account::$balance from class App\Savings"
}
class Magic { private $data; public function __get($n) { return 1; } }

function outside(Account $a, Magic $m): void {
    echo $a->balance;              // expect: InaccessibleProperty "private property App\Account::$balance from outside any class"
    $a->owner = 'x';               // expect: InaccessibleProperty "protected property"
    echo Account::$count;          // expect: InaccessibleProperty "App\Account::$count"
    echo $a->id;                   // accepted: public
    echo $m->data;                 // accepted: __get receives inaccessible reads
}
