<?php
// argus-test: php=7.4..8.4
$n = strlen(null); // expect: DeprecatedNullToInternalParam "Passing null to parameter #1 ($string) of strlen() is deprecated since PHP 8.1; the project targets 7.4..8.4"
function clean(?string $s) {
    return trim($s); // expect: DeprecatedNullToInternalParam "a possibly null value of type ?string"
}
$t = str_replace('a', 'b', null); // expect: DeprecatedNullToInternalParam "parameter #3 ($subject)"
$h = htmlspecialchars(NULL); // expect: DeprecatedNullToInternalParam
function title(): ?string { return null; }
echo strtoupper(title()); // expect: DeprecatedNullToInternalParam "?string"
function pad(string $s = null) {
    return str_pad($s, 10); // expect: DeprecatedNullToInternalParam
}

// Nullable parameters, unknown values, narrowed values, by-reference and non-scalar parameters.
$d = date('Y', null);
function shown($value) {
    return strlen($value);
}
function safe(?string $s) {
    if ($s === null) {
        return 0;
    }
    return strlen($s) + strlen($s ?? '');
}
preg_match('/a/', 'a', $m);
$c = count($list);
$e = explode(',', 'a,b');
// Nullability only inferred: from a built-in that returns null on failure, from array reads.
$clean = preg_replace('/\s+/', ' ', $text);
echo strlen($clean);
$options = [];
read_options($options);
echo strlen($options['path']);
$m = ['a' => null];
foreach ($rows as $row) {
    echo trim($row[4]);
}
// Silenced with @: no notice shows.
$n = @strlen(null);
