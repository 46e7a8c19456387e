<?php
// argus-test: entryPoints=cron_*
namespace App\Util;

function slug(string $s): string { return strtolower($s); }   // accepted: called through a string in hooks.php
function unused_helper(): void {}                              // expect: UnusedFunction "Function App\Util\unused_helper() is never called"

// Only calls itself.
function walk(array $tree): int {                             // expect: UnusedFunction
    return count($tree) + walk([]);
}

function format_price(int $cents): string { return (string) $cents; }  // accepted: imported and called in hooks.php
function tidy(string $s): string { return trim($s); }         // accepted: taken as a first-class callable

/** @api */
function sdk_entry(): void {}                                  // accepted: declared public API
