<?php
// argus-test: rules=ReservedName
// PHP 8.1 made readonly a keyword but kept it usable as a function name (WordPress declares one).
function readonly() { return 1; }
if (readonly() !== 1) exit(1);
