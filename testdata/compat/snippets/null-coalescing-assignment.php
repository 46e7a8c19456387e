<?php
// argus-test: rules=NewNullCoalescingAssignment since=7.4
$a = null;
$a ??= 1;
if ($a !== 1) exit(1);
