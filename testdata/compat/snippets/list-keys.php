<?php
// argus-test: rules=NewDestructuringSyntax since=7.1
list('a' => $x) = ['a' => 1];
if ($x !== 1) exit(1);
