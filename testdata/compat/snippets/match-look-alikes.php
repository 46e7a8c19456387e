<?php
// argus-test: rules=NewMatchExpression
class Router { public function match($path) { return $path; } }
$router = new Router();
// match (1) { } in a comment
$s = 'match (1) { default => 2 }';
if ($router->match('a') !== 'a') exit(1);
