<?php
// argus-test: rules=DeprecatedNullToInternalParam deprecated=8.1
echo strlen(null);
