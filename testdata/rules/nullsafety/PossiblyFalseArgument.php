<?php
// argus-test: php=8.0..8.4

$haystack = 'hello world';
$pos = strpos($haystack, 'o');
substr($haystack, $pos); // expect: PossiblyFalseArgument "Argument 2 ($offset) of substr() expects int, int|false given: the value may be false"
$json = json_encode(['a' => 1]);
strlen($json); // expect: PossiblyFalseArgument
function width(int $n): int { return $n; }
width(strrpos($haystack, 'l')); // expect: PossiblyFalseArgument

// Accepted: checked first, or the parameter takes false/bool, or a real bool.
if ($pos !== false) {
    substr($haystack, $pos);
}
$p2 = strpos($haystack, 'w');
if ($p2 === false) {
    return;
}
substr($haystack, $p2);
function flag(bool $b): bool { return $b; }
flag(strpos($haystack, 'x'));
var_dump(strpos($haystack, 'x'));
width((int) strpos($haystack, 'x'));
function usage(): string
{
    ob_start();
    echo 'usage: tool [options]';
    $output = ob_get_contents();
    ob_end_clean();
    return trim($output);
}

// One finding per cause: PHP 8 throws a TypeError when false reaches an array or object
// parameter, so the later calls run with a real value (strings are coerced: no such proof).
function download(string $url): void
{
    $ch = curl_init($url);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true); // expect: PossiblyFalseArgument
    curl_setopt($ch, CURLOPT_HEADER, false);
    curl_exec($ch);
    $parts = preg_split('/,/', $url);
    echo count($parts); // expect: PossiblyFalseArgument
    echo implode(';', $parts);
    $line = fgets(STDIN);
    echo strlen($line); // expect: PossiblyFalseArgument
    echo trim($line); // expect: PossiblyFalseArgument
}
