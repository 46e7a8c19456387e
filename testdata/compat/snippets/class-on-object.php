<?php
// argus-test: rules=NewClassOnObject since=8.0
$o = new stdClass();
if ($o::class !== 'stdClass') exit(1);
