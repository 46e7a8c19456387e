<?php
// argus-test: rules=NewExplicitOctal since=8.1
if (0o17 !== 15) exit(1);
