<?php
// The error sits on the token PHP stops at, not on the line that lacks the ';'.
function total(array $items): int
{
    $sum = 0
    return $sum; // expect: ParseError "unexpected 'return', expected ';'"
//  ^^^^^^
}
