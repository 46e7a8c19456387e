<?php
// argus-test: rules=ReservedName until=8.0
function match() { return 1; }
