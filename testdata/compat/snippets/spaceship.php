<?php
// argus-test: rules=NewSpaceshipOperator since=7.0
if ((1 <=> 2) !== -1) exit(1);
