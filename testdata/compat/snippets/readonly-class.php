<?php
// argus-test: rules=NewReadonlyClass since=8.2
readonly class P { public function __construct(public int $x) {} }
new P(1);
