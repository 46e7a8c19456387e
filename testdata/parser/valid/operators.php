<?php
$a = 1 + 2 * 3 - 4 / 5 % 6;
$b = 2 ** 3 ** 2;
$c = -2 ** 2;
$d = !$x instanceof Foo;
$e = $a . $b + $c;
$f = $a << 1 >> 2;
$g = $a < $b == $c;
$h = $a & $b | $c ^ $d;
$i = $a && $b || $c and $d or $e xor $f;
$j = $a ?? $b ?? $c;
$k = $a ? $b : ($c ? $d : $e);
$l = $a ?: $b;
$m = $a <=> $b;
$n = $a !== $b && $a != $b && $a <> $b;
$o = (int) $s + (float) $t . (string) $u;
$p = (bool) $v || (array) $w || (object) $x;
$q = (integer) $a + (double) $b + (boolean) $c + (binary) $d;
$r = ~$a;
$s = +$a - -$b;
$t = @file('x');
$u = ++$a + $b++ - --$c - $d--;
$v += 1; $v -= 1; $v *= 2; $v /= 2; $v .= 'x'; $v %= 3; $v **= 2;
$v &= 1; $v |= 2; $v ^= 3; $v <<= 1; $v >>= 1; $v ??= 'default';
$w = &$ref;
$x = $y = $z = 0;
$y = isset($a, $b['c']) && !empty($d) ? eval('return 1;') : print 'no';
$z = include 'file.php';
require_once __DIR__ . '/boot.php';
if (!$a = load()) {}
if ($a && $b = next()) {}
$obj = @$x ?: $y;
$val = $a ? $b = 1 : $c = 2;
