<?php
// argus-test: rules=NewCloneWith since=8.5
$o = new stdClass();
$c = clone($o, ['x' => 1]);
if ($c->x !== 1) exit(1);
