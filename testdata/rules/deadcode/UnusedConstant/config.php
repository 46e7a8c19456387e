<?php
namespace App;

const VERSION = '2.0';                         // accepted: read in boot.php
const BUILD = 17;                              // expect: UnusedConstant "Constant App\BUILD is never used"
const DEBUG_LEVEL = 0, TRACE = false;          // expect: UnusedConstant "App\TRACE"

define('APP_ROOT', __DIR__);                   // accepted: read in boot.php
define('APP_LEGACY', 1);                       // expect: UnusedConstant "Constant APP_LEGACY"
if (!defined('APP_MODE')) {
    define('APP_MODE', 'prod');                // expect: UnusedConstant
}
define('APP_CHECKED', 1);                      // accepted: named by a string in boot.php
define('APP_INSTALLING', true);                // accepted: read by defined() in boot.php
define('PHP_FLOAT_EPSILON', 2.2e-16);          // accepted: a polyfill of PHP's own constant
if (!defined('APP_TEMP')) {
    define('APP_TEMP', '/tmp');                // expect: UnusedConstant "Constant APP_TEMP is never used in the analysed code (declared 2 times)"
}
if (!defined('APP_TEMP')) {
    define('APP_TEMP', sys_get_temp_dir());    // accepted: the same constant, reported once at its first definition
}
