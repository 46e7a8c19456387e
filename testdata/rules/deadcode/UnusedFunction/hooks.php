<?php
use function App\Util\format_price;

if (!function_exists('legacy_polyfill')) {
    function legacy_polyfill(): void {}                        // expect: UnusedFunction
}
if (!function_exists('esc_thing')) {
    function esc_thing(string $s): string { return $s; }       // accepted: called below
}

function my_init(): void {}                                    // accepted: a hook callback named by string
function cron_daily(): void {}                                 // accepted: an entry point of argus.json
function cleanup(): void {}                                    // expect: UnusedFunction

add_action('init', 'my_init');
echo esc_thing('x');
echo format_price(3);
$names = array_map('App\Util\slug', ['A B']);
$t = \App\Util\tidy(...);
$obj->cleanup();                                               // a method of that name is not the function
