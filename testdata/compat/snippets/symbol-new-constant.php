<?php
// argus-test: rules=NewConstant since=7.3
// PHP 7 reads an undefined constant as its name with a warning: the check makes that a failure.
exit(is_int(JSON_THROW_ON_ERROR) ? 0 : 1);
