<?php
// argus-test: rules=RemovedRealCast deprecated=7.4 until=8.0
if ((real) '1.5' !== 1.5) exit(1);
