<?php
// argus-test: php=5.6..8.4
$page = $_GET['page'] ?? 1; // expect: NewNullCoalescingOperator "null coalescing operator ?? requires PHP 7.0"
//                    ^^
$ok = isset($_GET['page']) ? $_GET['page'] : 1; // accepted
$s = $a ?: $b; // accepted: the short ternary
$name = $user->name ?? $default ?? 'anonymous'; // expect: NewNullCoalescingOperator, NewNullCoalescingOperator
$q = '??'; // accepted: in a string
