<?php
// argus-test: php=7.4..8.4
$label = match ($status) { // expect: NewMatchExpression "match expression requires PHP 8.0; the project targets 7.4..8.4"
//       ^^^^^
    200 => 'ok',
    default => 'error',
};
if (PHP_VERSION_ID >= 80000) {
    $x = match (true) { default => 1 }; // expect: NewMatchExpression
}
$route = $router->match($path); // accepted: a method
$r = Router::match($path); // accepted: a static method
$m = $x->match; // accepted: a property
$s = 'match ($a) {}'; // accepted: a string
// match ($a) { } in a comment
return match (true) { $a > 1 => 'big', default => 'small' }; // expect: NewMatchExpression
echo strtoupper(match ($c) { 'a', 'b' => 'x', default => 'y' }); // expect: NewMatchExpression
