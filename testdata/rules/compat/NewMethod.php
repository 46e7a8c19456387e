<?php
// argus-test: php=7.2..8.4
$mutable = DateTime::createFromImmutable($immutable); // expect: NewMethod "DateTime::createFromImmutable() is new in PHP 7.3; the project targets 7.2..8.4"
$d = new DateTime();
$e = $d->createFromInterface($other); // expect: NewMethod "DateTime::createFromInterface() is new in PHP 8.0"
function parse(DateTimeImmutable $i) {
    return $i->createFromInterface($i); // expect: NewMethod "DateTimeImmutable::createFromInterface()"
}
class Clock extends DateTime {
    public function copy() {
        return parent::createFromInterface($this); // expect: NewMethod
    }
}

// Guards.
if (method_exists($d, 'createFromInterface')) {
    $e = $d->createFromInterface($other);
}
if (PHP_VERSION_ID >= 80000) {
    $e = DateTime::createFromInterface($other);
}
// Unknown receivers, old methods, a project class declaring the method.
$x->createFromInterface($other);
$d->format('c');
class Calendar extends DateTime {
    public static function createFromInterface($o) { return new static(); }
}
$c = Calendar::createFromInterface($d);
