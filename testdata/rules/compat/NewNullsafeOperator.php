<?php
// argus-test: php=7.4..8.4
$country = $user?->getAddress() // expect: NewNullsafeOperator "nullsafe operator ?-> requires PHP 8.0"
//              ^^^
    ?->country; // expect: NewNullsafeOperator
$plain = $user->name; // accepted
$t = $a ? $b->c : null; // accepted: a ternary
$n = $repo?->find(1)?->name; // expect: NewNullsafeOperator, NewNullsafeOperator
$s = '?->'; // accepted: in a string
