<?php
// argus-test: php=5.6..8.4
function all() {
    yield from [1, 2]; // expect: NewYieldFrom "yield from requires PHP 7.0"
//  ^^^^^
    yield 3; // accepted: yield is 5.5
    $x = yield from inner(); // expect: NewYieldFrom
    yield 'k' => 4; // accepted: a keyed yield
    $y = yield; // accepted: a bare yield
    return yield from more(); // expect: NewYieldFrom
}
