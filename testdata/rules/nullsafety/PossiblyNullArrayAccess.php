<?php

function config(): ?array { return rand(0, 1) ? ['a' => 1] : null; }

$cfg = config();
echo $cfg['a']; // expect: PossiblyNullArrayAccess "Offset read from ?array, which may be null"
function first(?array $xs): mixed
{
    return $xs[0]; // expect: PossiblyNullArrayAccess
}
$m = rand(0, 1) ? ['x' => 1] : null;
$v = $m['x']; // expect: PossiblyNullArrayAccess

// Accepted: existence checks, writes, narrowed values.
echo $cfg['a'] ?? 'none';
if (isset($cfg['a'])) {
    echo $cfg['a'];
}
$w = config();
$w['new'] = 1;
$z = config();
if ($z !== null) {
    echo $z['a'];
}
$y = config() ?: [];
echo $y['a'] ?? '';
function nested(array $rows, string $scope, string $name): void
{
    $seen = [];
    foreach ($rows as $row) {
        if (isset($seen[$scope][$name]) === true) {
            echo $seen[$scope][$name];
        }
        $seen[$scope][$name] = $row;
    }
}
