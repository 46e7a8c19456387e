<?php
// argus-test: rules=NewMultiCatch since=7.1
try {
    throw new LogicException();
} catch (RuntimeException | LogicException $e) {
    echo "caught\n";
}
