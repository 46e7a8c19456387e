<?php
// argus-test: rules=RemovedConstant until=8.0
exit(is_int(FILTER_FLAG_HOST_REQUIRED) ? 0 : 1);
