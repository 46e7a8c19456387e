<?php
$a = function () { return 1; };
$b = function ($x) use ($y, &$z) { return $x + $y + $z; };
$c = static function (int ...$nums): int { return array_sum($nums); };
$d = function &() use ($arr,): array { return $arr; };
$e = (function () { return $this; })->call($obj);
$f = (fn() => 1)();
usort($list, function ($l, $r) { return $l <=> $r; });
$g = Closure::fromCallable([$this, 'method']);
