<?php
// argus-test: php=8.3..8.4
final class Order {
    public private(set) int $total = 0; // expect: NewAsymmetricVisibility "asymmetric visibility private(set) requires PHP 8.4"
//                ^^^^^
    public function __construct(protected(set) string $id = '') {} // expect: NewAsymmetricVisibility
    protected private(set) array $lines = []; // expect: NewAsymmetricVisibility
    private int $count = 0; // accepted: one visibility
    public function set(int $v) { $this->total = $v; } // accepted: a method named set
}
