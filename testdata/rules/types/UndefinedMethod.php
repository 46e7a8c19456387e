<?php
namespace App;

/**
 * @method Query where(string $col, $value)
 * @mixin Builder
 */
class Query {
    public function get(): array { return []; }
    public static function table(string $t): self { return new self(); }
}
class Builder { public function orderBy(string $c): void {} }
class Magic { public function __call($n, $a) {} }
class Child extends \Some\Vendor\Base {}
trait Helpers { public function help() { return $this->usingClassMethod(); } } // accepted: $this is the using class
class Report extends \ArrayObject {}
if (PHP_VERSION_ID >= 80000) {
    class Compat { public function modern() {} }
} else {
    class Compat { public function legacy() {} }
}

class Shape {}
class Circle extends Shape { public function onlyInSub() {} }

function run(Query $q, Magic $m, Child $c, Report $r, \DateTime $d, \DOMNode $n, Shape $s): void {
    $q->gett();                    // expect: UndefinedMethod "Call to undefined method App\Query::gett() (did you mean get()?)"
    Query::tabel('users');         // expect: UndefinedMethod "Query::tabel()"
    $d->formatt('Y');              // expect: UndefinedMethod "DateTime::formatt() (did you mean format()?)"
    $r->nothingHere();             // expect: UndefinedMethod "Report::nothingHere()"
    $q->get();                     // accepted
    $q->GET();                     // accepted: method names ignore case
    $q->where('a', 1);             // accepted: @method
    $q->orderBy('a');              // accepted: @mixin
    $m->anything();                // accepted: __call
    $c->whatever();                // accepted: a parent argus does not know
    $r->getArrayCopy();            // accepted: inherited from ArrayObject
    (new Compat())->legacy();      // accepted: Compat is declared twice, either may be loaded
    $d->format('Y');               // accepted
    $n->getAttribute('id');        // accepted: DOMElement, a subclass of DOMNode, has it: the type is only too wide
    $s->onlyInSub();               // accepted: so does a subclass of the project's
    if (method_exists($q, 'optional')) {
        $q->optional();            // accepted: guarded by method_exists
    }
}

function loose($x): void {
    $x->anything();                // accepted: the receiver's type is unknown
}
