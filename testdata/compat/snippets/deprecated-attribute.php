<?php
// argus-test: rules=NewDeprecatedAttribute since=8.4
#[\Deprecated]
function f() {}
// Before 8.4 nothing stands behind the name: no deprecation notice, and no class to instantiate.
(new ReflectionFunction('f'))->getAttributes()[0]->newInstance();
