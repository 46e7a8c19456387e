<?php
// argus-test: php=8.2..8.4
final class Http {
    public const int OK = 200; // expect: NewTypedClassConstant "typed class constant requires PHP 8.3"
//               ^^^
    const NOT_FOUND = 404; // accepted
    private const string NAME = 'http'; // expect: NewTypedClassConstant
    final public const ?array MAP = null; // expect: NewTypedClassConstant
    public const SERVER_ERROR = 500; // accepted: visibility without a type
    final const TIMEOUT = 30; // accepted: final without a type (8.1)
}
