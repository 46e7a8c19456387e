<?php
namespace App;

const MAX_ITEMS = 10;
define('APP_VERSION', '1.0');
defined('APP_ROOT') || define('APP_ROOT', __DIR__);

function limits(): array {
    return [
        MAX_ITEM,          // expect: UndefinedConstant "Undefined constant MAX_ITEM (did you mean App\MAX_ITEMS?)"
        APP_VERSON,        // expect: UndefinedConstant "did you mean APP_VERSION?"
        \PHP_INT_MAXX,     // expect: UndefinedConstant "did you mean PHP_INT_MAX?"
        MAX_ITEMS,         // accepted: declared in this namespace
        APP_VERSION,       // accepted: define() with a literal name
        APP_ROOT,          // accepted: define() inside an expression
        PHP_EOL,           // accepted: built in, reached by PHP's fallback
        \E_ALL,            // accepted: built in
        OPTIONAL_FLAG,     // accepted: the file tests defined('OPTIONAL_FLAG')
        \Vendor\Lib\LEVEL, // accepted: a namespace the project declares nothing in
        true, NULL,        // accepted: true, false and null in any case
    ];
}

if (defined('OPTIONAL_FLAG')) {
    echo 1;
}
