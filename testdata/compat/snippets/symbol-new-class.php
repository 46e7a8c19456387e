<?php
// argus-test: rules=NewClass since=8.0
$map = new WeakMap();
