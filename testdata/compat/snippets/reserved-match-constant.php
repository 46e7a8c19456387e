<?php
// argus-test: rules=ReservedName until=8.0
const MATCH = 1;
