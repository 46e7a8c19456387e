<?php
// argus-test: php=8.0..8.4
namespace App;

function greet(string $name, string $greeting = 'Hello') { return "$greeting $name"; }
function tags(string ...$tags) { return $tags; }
class Mailer {
    public function send(string $to, string $subject = '') {}
}

greet(nmae: 'Ann');                    // expect: InvalidNamedArgument "Unknown named parameter $nmae of App\greet() (did you mean $name?)"
greet('Ann', name: 'Bob');             // expect: InvalidNamedArgument "Named parameter $name of App\greet() overwrites"
(new Mailer())->send(to: 'a', subjct: 'b'); // expect: InvalidNamedArgument "$subjct"
str_contains(haystack: 'abc', needl: 'b');  // expect: InvalidNamedArgument "did you mean $needle?"
greet(greeting: 'Hi', 'Ann');          // expect: InvalidNamedArgument "positional argument after a named"

greet(name: 'Ann');                    // accepted
greet('Ann', greeting: 'Hi');          // accepted
tags(first: 'a', second: 'b');         // accepted: a variadic collects unknown names
str_contains(haystack: 'abc', needle: 'b'); // accepted
(new Mailer())->send(subject: 'x', to: 'y'); // accepted: any order
