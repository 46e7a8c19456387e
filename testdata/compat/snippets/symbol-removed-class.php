<?php
// argus-test: rules=RemovedClass until=8.0
$list = new DOMStringList();
