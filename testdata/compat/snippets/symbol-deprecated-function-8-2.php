<?php
// argus-test: rules=DeprecatedFunction deprecated=8.2
echo utf8_encode('a');
