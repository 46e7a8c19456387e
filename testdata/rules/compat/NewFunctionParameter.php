<?php
// argus-test: php=7.2..8.4
$out = preg_replace_callback('/\d+/', $f, $s, -1, $count, PREG_OFFSET_CAPTURE); // expect: NewFunctionParameter "preg_replace_callback() accepts 6 arguments from PHP 7.4 on; PHP 7.2 takes at most 5; the project targets 7.2..8.4"
$a = array_filter($list, $cb, ARRAY_FILTER_USE_KEY);
$p = password_hash($pw, PASSWORD_DEFAULT, []);
$h = hash('sha256', $data, false, ['seed' => 1]); // expect: NewFunctionParameter "hash() accepts 4 arguments from PHP 8.1 on"
$m = mb_strimwidth($s, 0, 10, '...', 'UTF-8');
$r = round(1.5, 0, PHP_ROUND_HALF_UP);
$j = json_decode($json, true, 512, 0);
$x = hash_file('md5', $file, false, []); // expect: NewFunctionParameter "hash_file()"

// Version guard, unpacked and named arguments, too many for every version (not this rule).
if (PHP_VERSION_ID >= 70400) {
    $out = preg_replace_callback('/\d+/', $f, $s, -1, $count, PREG_OFFSET_CAPTURE);
}
$out = preg_replace_callback(...$args);
$n = strlen($s, $t);
