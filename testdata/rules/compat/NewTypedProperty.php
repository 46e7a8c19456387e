<?php
// argus-test: php=7.3..8.4
final class Counter {
    private int $count = 0; // expect: NewTypedProperty "typed property requires PHP 7.4; the project targets 7.3..8.4"
//          ^^^
    public ?Clock $clock = null; // expect: NewTypedProperty
    /** @var int */
    private $plain = 0; // accepted: a docblock type
    protected static array $cache = []; // expect: NewTypedProperty
    var $old; // accepted
    public static $registry; // accepted: static without a type
}
