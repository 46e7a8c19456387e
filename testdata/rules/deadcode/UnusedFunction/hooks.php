<?php
use function App\Util\format_price;

if (!function_exists('legacy_polyfill')) {
    function legacy_polyfill(): void {}                        // expect: UnusedFunction "legacy_polyfill() is never called in the analysed code (declared 2 times)"
}
if (!function_exists('LEGACY_POLYFILL')) {
    function LEGACY_POLYFILL(): void {}                        // accepted: the same function (names ignore case), reported once
}
if (!function_exists('esc_thing')) {
    function esc_thing(string $s): string { return $s; }       // accepted: called below
}

function my_init(): void {}                                    // accepted: a hook callback named by string
function cron_daily(): void {}                                 // accepted: an entry point of argus.json
if (!function_exists('str_contains')) {
    function str_contains(string $h, string $n): bool { return strpos($h, $n) !== false; }   // accepted: a polyfill of PHP's own
}
/** @param callable $callback */
function register_hook(string $name, $callback): void {}
function ajax_save(): void {}                                  // accepted: register_hook() takes 'ajax_' . $action as a callable
function ajax_load(): void {}                                  // accepted: likewise
function note_save(): void {}                                  // expect: UnusedFunction
function cleanup(): void {}                                    // expect: UnusedFunction

add_action('init', 'my_init');
echo esc_thing('x');
echo format_price(3);
$names = array_map('App\Util\slug', ['A B']);
$t = \App\Util\tidy(...);
$obj->cleanup();                                               // a method of that name is not the function
register_hook('x', 'ajax_' . $_GET['action']);
$label = 'note_' . $_GET['action'];                            // not passed as a callable
