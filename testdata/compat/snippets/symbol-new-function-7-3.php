<?php
// argus-test: rules=NewFunction since=7.3
if (array_key_first(['a' => 1]) !== 'a') exit(1);
