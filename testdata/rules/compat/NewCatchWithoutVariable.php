<?php
// argus-test: php=7.4..8.4
try {
    f();
} catch (LogicException) { // expect: NewCatchWithoutVariable "catch without a variable requires PHP 8.0"
//^^^^^
} catch (RuntimeException $e) { // accepted: with a variable
}
