<?php
// argus-test: rules=NewCatchWithoutVariable since=8.0
try {
    throw new Exception();
} catch (Exception) {
    echo "caught\n";
}
