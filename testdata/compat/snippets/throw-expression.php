<?php
// argus-test: rules=NewThrowExpression since=8.0
try {
    $v = $undefined ?? throw new Exception();
} catch (Exception $e) {
    echo "caught\n";
}
