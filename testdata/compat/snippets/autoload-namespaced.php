<?php
// argus-test: rules=RemovedAutoloadFunction
namespace Foo;

function __autoload($class) {}
