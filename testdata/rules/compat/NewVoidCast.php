<?php
// argus-test: php=8.4..8.5
(void) $lock->release(); // expect: NewVoidCast "(void) cast requires PHP 8.5"
$n = (int) $s; // accepted
