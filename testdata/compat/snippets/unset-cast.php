<?php
// argus-test: rules=RemovedUnsetCast deprecated=7.2 until=8.0
$a = (unset) 1;
