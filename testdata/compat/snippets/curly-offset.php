<?php
// argus-test: rules=RemovedCurlyOffset deprecated=7.4 until=8.0
$s = 'ab';
if ($s{0} !== 'a') exit(1);
