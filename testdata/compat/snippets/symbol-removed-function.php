<?php
// argus-test: rules=RemovedFunction,DeprecatedFunction deprecated=7.2 until=8.0
$list = [1];
each($list);
