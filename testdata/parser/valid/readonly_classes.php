<?php
readonly class Money
{
    public function __construct(public int $amount, public string $currency) {}
}
final readonly class Point {}
class Legacy
{
    public readonly int $id;
    readonly public string $name;
    public function __construct(private readonly Clock $clock) {}
}
function readonly() { return 1; }
$x = readonly();
