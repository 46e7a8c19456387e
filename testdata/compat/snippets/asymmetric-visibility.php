<?php
// argus-test: rules=NewAsymmetricVisibility since=8.4
class P { public private(set) int $x = 1; }
if ((new P)->x !== 1) exit(1);
