<?php
// argus-test: rules=NewVoidCast since=8.5
(void) strlen('a');
