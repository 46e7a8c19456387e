<?php
// argus-test: rules=NewNullsafeOperator since=8.0
$o = null;
if ($o?->x !== null) exit(1);
