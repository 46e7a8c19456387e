<?php
// argus-test: rules=NewFirstClassCallable since=8.1
$f = strlen(...);
if ($f('ab') !== 2) exit(1);
