<?php
// argus-test: rules=NewThrowExpression
try {
    if (true) throw new Exception();
} catch (Exception $e) {
    echo "caught\n";
}
