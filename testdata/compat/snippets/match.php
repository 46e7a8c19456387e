<?php
// argus-test: rules=NewMatchExpression since=8.0
echo match (1) {
    1 => 'one',
    default => 'other',
}, "\n";
