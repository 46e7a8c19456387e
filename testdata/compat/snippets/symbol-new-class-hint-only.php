<?php
// argus-test: rules=NewClass
// A type in a catch or a parameter does not load the class: PHP 7 runs this.
function handle(Stringable $s) { return $s; }
try {
    echo 1;
} catch (UnhandledMatchError $e) {
    exit(1);
}
