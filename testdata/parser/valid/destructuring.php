<?php
[$a, $b] = [$b, $a];
[, $second, , $fourth] = $list;
['id' => $id, 'name' => $name] = $row;
[[$x1, $y1], [$x2, $y2]] = $points;
[$a, &$ref] = $arr;
['k' => &$r] = $arr;
list($a, list($b, $c)) = $nested;
list('x' => $x, 'y' => $y) = $point;
list(, $only) = $pair;
foreach ($rows as ['id' => $id, 'tags' => [$first]]) {}
foreach ($pairs as list($k, $v)) {}
