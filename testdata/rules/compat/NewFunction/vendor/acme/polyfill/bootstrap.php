<?php
if (\PHP_VERSION_ID >= 80400) {
    return;
}
if (!function_exists('array_find')) {
    function array_find(array $array, callable $callback) { return null; }
}
