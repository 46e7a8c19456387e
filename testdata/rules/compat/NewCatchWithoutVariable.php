<?php
// argus-test: php=7.4..8.4
try {
    f();
} catch (LogicException) { // expect: NewCatchWithoutVariable "catch without a variable requires PHP 8.0"
//^^^^^
} catch (RuntimeException $e) { // accepted: with a variable
}
try {
    g();
} catch (TypeError | ValueError) { // expect: NewCatchWithoutVariable
} catch (\Exception $e) { // accepted: a qualified type with a variable
}
try {
    h();
} catch (\Throwable) { // expect: NewCatchWithoutVariable
} finally { // accepted: finally takes no variable
}
