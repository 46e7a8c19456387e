<?php
// argus-test: php=5.6..8.4
while (list($k, $v) = each($options)) { // expect: RemovedFunction "each() was removed in PHP 8.0 (deprecated since 7.2); the project targets 5.6..8.4"
}
$f = create_function('$a', 'return $a;'); // expect: RemovedFunction "create_function() was removed in PHP 8.0"
echo money_format('%i', $n); // expect: RemovedFunction "money_format() was removed in PHP 8.0 (deprecated since 7.4)"
$q = get_magic_quotes_gpc(); // expect: RemovedFunction "get_magic_quotes_gpc()"

// Only deprecated in the versions this branch runs on: a warning naming both versions.
if (PHP_VERSION_ID < 80000) {
    $next = each($options); // expect: RemovedFunction "each() is deprecated since PHP 7.2 and removed in 8.0"
}
// Guarded: the removal is excused, the deprecation on 7.2..7.4 is still there.
if (function_exists('create_function')) {
    $g = create_function('', ''); // expect: RemovedFunction "is deprecated since PHP 7.2"
}
// Never reached on a version where it is gone or deprecated.
if (PHP_VERSION_ID < 70200) {
    $old = each($options);
}
// Only PHP 5.6 lacks random_bytes (a core function of 7.0), and 5.6 does not deprecate each().
if (!function_exists('random_bytes')) {
    $pair = each($options);
}
// Look-alikes: methods and project functions of the same name.
$iterator->each(function ($x) { return $x; });
Collection::each($items);
if (!function_exists('hebrevc')) {
    function hebrevc($s) { return $s; }
}
echo hebrevc('x');
