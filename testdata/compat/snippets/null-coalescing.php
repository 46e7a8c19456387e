<?php
// argus-test: rules=NewNullCoalescingOperator since=7.0
$a = null;
if (($a ?? 1) !== 1) exit(1);
