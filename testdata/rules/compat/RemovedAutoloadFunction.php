<?php
// argus-test: php=7.1..8.4
function __autoload($class) {} // expect: RemovedAutoloadFunction "__autoload() function was removed in PHP 8.0 (deprecated since 7.2); the project targets 7.1..8.4"
//       ^^^^^^^^^^
if (!function_exists('__autoload')) {
    function __AUTOLOAD($class) {} // expect: RemovedAutoloadFunction
} else {
    function __autoload($class) { require $class . '.php'; } // expect: RemovedAutoloadFunction
}
class Loader {
    public function __autoload($class) {} // accepted: a method
}
spl_autoload_register(function ($class) {}); // accepted: the replacement
namespace Lib;

function __autoload($class) {} // accepted: Lib\__autoload
