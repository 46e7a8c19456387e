<?php
// argus-test: rules=DeprecatedDollarBraceInterpolation deprecated=8.2
$x = 'a';
if ("${x}" !== 'a') exit(1);
