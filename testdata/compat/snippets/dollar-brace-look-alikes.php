<?php
// argus-test: rules=DeprecatedDollarBraceInterpolation
$x = 'a';
$y = ['k' => 'b'];
if ("$x {$x} {$y['k']} \${x}" !== 'a a b ${x}') exit(1);
