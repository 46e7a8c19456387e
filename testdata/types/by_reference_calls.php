<?php
class Lexer
{
    public function next(&$value, &$attrs): int { $value = 'x'; $attrs = ['line' => 1]; return 1; }
    public static function fill(array &$into): void { $into[] = 1; }
}

function out(&$result): void { $result = 42; }
function byValue($x): void {}

function userFunctions(): void {
    $r = [];
    out($r);
    assertType('mixed', $r);
    $kept = [1];
    byValue($kept);
    assertType('list{1}', $kept);
}

function methods(Lexer $lexer): void {
    $attrs = [];
    $lexer->next($value, $attrs);
    assertType('mixed', $attrs);
    assertType('mixed', $value);
    $list = [];
    Lexer::fill($list);
    assertType('array', $list);
}

function builtins(string $s): void {
    $words = ['b', 'a'];
    sort($words);
    assertType("array{0?: 'a'|'b', 1?: 'a'|'b'}", $words);
    preg_match('/(a)/', $s, $m);
    assertType('array', $m);
}

function unknownCallee(): void {
    mystery($created);
    assertType('mixed', $created);
}

function parseUrl(string $u): void {
    $parts = parse_url($u);
    assertType('array<string, int|string>|false', $parts);
    $host = parse_url($u, PHP_URL_HOST);
    assertType('int|string|false|null', $host);
}
