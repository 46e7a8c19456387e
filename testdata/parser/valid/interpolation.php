<?php
echo "plain $var and $arr[0] and $arr[key] and $arr[-1] and $arr[$i]";
echo "props $obj->name and $obj?->name, not $obj->";
echo "complex {$obj->a->b()} and {$arr['k']['j']} and {$fn()}";
echo "dollar-brace ${name} and ${arr['k']} and ${'expr' . $x}";
echo "escapes \n\t\\\$ \x41 \101 \u{1F600} \e \q and a lone $ and { and {\$x}";
echo `ls -la $dir {$opts}`;
echo 'single \' quoted \\ with $no interpolation';
echo "cost: $5 and 100%";
echo b"binary";
