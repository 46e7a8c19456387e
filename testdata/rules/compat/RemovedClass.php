<?php
// argus-test: php=7.4..8.4
class Handler implements DOMUserDataHandler { // expect: RemovedClass "DOMUserDataHandler was removed in PHP 8.0; the project targets 7.4..8.4"
}
$c = new DOMConfiguration(); // expect: RemovedClass "DOMConfiguration was removed in PHP 8.0"
$l = new DOMStringList(); // expect: RemovedClass
$e = DOMDomError::SEVERITY; // expect: RemovedClass

// Guards and places where PHP needs no class.
if (class_exists('DOMConfiguration')) {
    $c = new DOMConfiguration();
}
if (PHP_VERSION_ID < 80000) {
    $l = new DOMStringList();
}
$ok = $x instanceof DOMLocator;
$n = DOMLocator::class;
$d = new DOMDocument();
