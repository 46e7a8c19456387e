<?php
// argus-test: php=8.3..8.4
final class User {
    public string $name {
        get => ucfirst($this->name); // expect: NewPropertyHook "property hook requires PHP 8.4"
//      ^^^
    }
    public function __construct(public int $age { set => max(0, $value); }) {} // expect: NewPropertyHook
    public string $email {
        set(string $value) { $this->email = strtolower($value); } // expect: NewPropertyHook
    }
    public function get() {} // accepted: a method named get
    public $set = 1; // accepted: a property named set
    public function __get($n) { return null; } // accepted: a magic getter
}
