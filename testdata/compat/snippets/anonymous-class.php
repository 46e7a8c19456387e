<?php
// argus-test: rules=NewAnonymousClass since=7.0
$o = new class { public $x = 1; };
if ($o->x !== 1) exit(1);
