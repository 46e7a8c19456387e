<?php
// argus-test: rules=RemovedExtension deprecated=5.6 until=7.0
// ext/mysql was deprecated in 5.5, before the oldest version argus knows.
$link = mysql_connect('localhost');
