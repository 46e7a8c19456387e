<?php
abstract class Base extends Parent_ implements I1, \Ns\I2
{
    use TraitA, TraitB {
        TraitA::hello insteadof TraitB;
        TraitB::hello as protected helloB;
        world as final;
    }

    const A = 1, B = self::A + 1;
    final public const string NAME = 'base';
    protected const int|string MIXED = 1;
    public const TYPED_KEYWORD = 2;

    public static ?Base $instance = null;
    var $legacy;
    private int $a = 1, $b = 2;

    abstract protected function run(int $x): void;
    public static function create(): static { return new static(); }
    final public function &getRef() { return $this->a; }
    public function list() { return $this->new(); }
    public function new() {}
    public function __get($name) { return $this->$name; }
}

interface I1 extends Countable, JsonSerializable
{
    const VERSION = '1';
    public function count(): int;
}

trait TraitA
{
    public const T = 1;
    public static $count = 0;
    abstract public function hello();
}

$anon = new class(1, 2) extends Base implements I1 {
    public function __construct(public $a, public $b) {}
    protected function run(int $x): void {}
    public function count(): int { return 0; }
    public function jsonSerialize(): mixed { return null; }
};
$anon2 = new readonly class {};
