<?php
// argus-test: php=8.2..8.4
namespace App;

use JetBrains\PhpStorm\Deprecated;

#[\Deprecated] // expect: NewDeprecatedAttribute "#[\Deprecated] (ignored by older versions) requires PHP 8.4; the project targets 8.2..8.4"
//^^^^^^^^^^^
function old() {}

final class Api {
    #[\Deprecated(message: 'use v2')] // expect: NewDeprecatedAttribute
    public function v1() {}

    #[\Deprecated, \Override] // expect: NewDeprecatedAttribute
    public function v0() {}

    #[\ReturnTypeWillChange] // accepted: another attribute
    public function current() {}
}

#[Deprecated] // accepted: JetBrains' attribute, imported
function older() {}

namespace Other;

#[Deprecated] // accepted: Other\Deprecated
function oldest() {}
