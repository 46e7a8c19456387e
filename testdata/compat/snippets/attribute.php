<?php
// argus-test: rules=NewAttribute since=8.0
// PHP 7 reads the whole line as a comment: f() is never declared there.
#[Attr] function f() { return 1; }
if (f() !== 1) exit(1);
