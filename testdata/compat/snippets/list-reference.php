<?php
// argus-test: rules=NewDestructuringSyntax since=7.3
$arr = [1];
list(&$r) = $arr;
$r = 2;
if ($arr[0] !== 2) exit(1);
