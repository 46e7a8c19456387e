<?php
if ($a):
    echo 1;
elseif ($b):
    echo 2;
else:
    echo 3;
endif;
while ($i < 3):
    $i++;
endwhile;
for ($i = 0, $j = 10; $i < $j; $i++, $j--):
    echo $i;
endfor;
foreach ($list as $key => &$value):
    $value = $key;
endforeach;
switch ($x):
    case 1:
    case 2;
        echo 'low';
        break;
    default:
        echo 'other';
endswitch;
declare(ticks=1):
    tick();
enddeclare;
