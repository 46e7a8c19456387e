<?php
// argus-test: php=7.4..8.4
#[Route('/home')] function home() {} // expect: NewAttribute "requires PHP 8.0; the project targets 7.4..8.4"
#[Route( // expect: NewAttribute
    '/about',
)]
function about() {}

final class Collection implements \Countable {
    #[\ReturnTypeWillChange]
    public function count() { return 0; } // accepted: alone on its line, a comment for PHP 7
    #[A] #[B]
    public function f(#[SensitiveParameter] $secret) {} // expect: NewAttribute
}
#[Pure] // accepted: a trailing comment does not count as code
function pure() {}
