<?php
// argus-test: rules=NewDestructuringSyntax since=7.1
[$a, $b] = [1, 2];
if ($a + $b !== 3) exit(1);
