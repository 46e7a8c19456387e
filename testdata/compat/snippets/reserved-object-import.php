<?php
// argus-test: rules=ReservedName until=7.2
use Foo\Bar as Object;
