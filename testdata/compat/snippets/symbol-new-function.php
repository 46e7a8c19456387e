<?php
// argus-test: rules=NewFunction since=8.0
if (!str_contains('haystack', 'st')) exit(1);
