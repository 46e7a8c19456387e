<?php
// argus-test: php=7.1..8.4
function __autoload($class) {} // expect: RemovedAutoloadFunction "__autoload() function was removed in PHP 8.0 (deprecated since 7.2); the project targets 7.1..8.4"
//       ^^^^^^^^^^
class Loader {
    public function __autoload($class) {} // accepted: a method
}
namespace Lib;

function __autoload($class) {} // accepted: Lib\__autoload
