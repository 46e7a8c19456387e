<?php
// argus-test: rules=NewNumericLiteralSeparator since=7.4
if (1_000 !== 1000) exit(1);
