<?php
// argus-test: rules=DeprecatedFunction deprecated=8.1
echo strftime('%Y', 0);
