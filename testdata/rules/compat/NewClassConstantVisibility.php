<?php
// argus-test: php=7.0..8.4
final class Limits {
    private const MAX = 10; // expect: NewClassConstantVisibility "class constant visibility requires PHP 7.1"
//  ^^^^^^^
    public const MIN = 1; // expect: NewClassConstantVisibility
    protected const STEP = 2; // expect: NewClassConstantVisibility
    const DEFAULT = 5; // accepted: no visibility
    private $private = 1; // accepted: a property
}
