<?php
// argus-test: php=8.2..8.4
final class Http {
    public const int OK = 200; // expect: NewTypedClassConstant "typed class constant requires PHP 8.3"
//               ^^^
    const NOT_FOUND = 404; // accepted
}
