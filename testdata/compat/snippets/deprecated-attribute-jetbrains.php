<?php
// argus-test: rules=NewDeprecatedAttribute
namespace App;

use JetBrains\PhpStorm\Deprecated;

#[Deprecated]
function f() {}
f();
