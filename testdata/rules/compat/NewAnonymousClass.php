<?php
// argus-test: php=5.6..8.4
$logger = new class { // expect: NewAnonymousClass "anonymous class new class requires PHP 7.0; the project targets 5.6..8.4"
//            ^^^^^
    public function log($m) { echo $m; }
};
$named = new Logger(); // accepted: a named class
$text = 'new class {}'; // accepted: in a string
// new class {} in a comment is not code
$handler = new class($db) extends Base implements Handler {}; // expect: NewAnonymousClass
register(new class { public $x = 1; }); // expect: NewAnonymousClass
