<?php
// argus-test: rules=RemovedAutoloadFunction deprecated=7.2 until=8.0
function __autoload($class) {}
