<?php
// argus-test: rules=NewFunction
if (function_exists('array_is_list') && !array_is_list([1])) exit(1);
echo PHP_VERSION_ID >= 80000 ? str_contains('ab', 'b') : 1;
