<?php
// argus-test: rules=NewPipeOperator since=8.5
$x = 'a' |> strtoupper(...);
if ($x !== 'A') exit(1);
