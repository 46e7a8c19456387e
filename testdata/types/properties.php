<?php
// argus-test: php=8.1..8.4
class Address
{
    public string $city = '';
    public ?string $zip = null;
}

class Customer
{
    public ?Address $address = null;
    public static int $count = 0;
    /** @var list<string> */
    public static array $names = [];
    public readonly int $id;
    public $untyped;
    /** @var int|false */
    public $docOnly = false;

    public function __construct(public string $name, protected ?Customer $referrer = null, int $id = 0)
    {
        $this->id = $id;
    }

    public function touch(): void {}

    public function read(): void
    {
        assertType('string', $this->name);
        assertType('?Customer', $this->referrer);
        assertType('int', $this->id);
        assertType('mixed', $this->untyped);
        assertType('int|false', $this->docOnly);
        assertType('int', self::$count);
        assertType('int', static::$count);
        assertType('list<string>', self::$names);
    }

    public function narrowThis(): void
    {
        if ($this->address !== null) {
            assertType('Address', $this->address);
            strlen('x');
            assertType('Address', $this->address);
            $this->touch();
            assertType('?Address', $this->address);
        }
        if ($this->referrer === null) {
            return;
        }
        assertType('Customer', $this->referrer);
        self::helper();
        assertType('?Customer', $this->referrer);
    }

    public static function helper(): void {}

    public function assignThis(): void
    {
        $this->address = new Address();
        assertType('Address', $this->address);
        assertType('string', $this->address->city);
        $this->untyped = 5;
        assertType('5', $this->untyped);
        $this->untyped = 'x';
        assertType("'x'", $this->untyped);
    }
}

function touchAll(?Customer $c = null): void {}

function narrowOther(Customer $c, Customer $d): void
{
    if ($c->address !== null) {
        assertType('Address', $c->address);
        assertType('?Address', $d->address);
        strlen('no object reaches strlen');
        assertType('Address', $c->address);
        touchAll();
        // Kept across calls that are not handed $c (as Psalm and PHPStan do by default).
        assertType('Address', $c->address);
        touchAll($c);
        assertType('?Address', $c->address);
    }
    if ($c->address) {
        assertType('Address', $c->address);
        $d->touch();
        assertType('Address', $c->address);
        $c->touch();
        assertType('?Address', $c->address);
    }
    if (isset($c->address->zip)) {
        assertType('string', $c->address->zip);
        assertType('Address', $c->address);
    }
    $c->address = new Address();
    assertType('Address', $c->address);
    $c = new Customer('x');
    assertType('?Address', $c->address);
}

function nullsafe(?Customer $c, Customer $d): void
{
    assertType('?Address', $c?->address);
    assertType('?string', $c?->address?->zip);
    assertType('?string', $c?->address->city);
    assertType('string', $d->name);
    assertType('?string', $c?->name);
    $city = $c?->address?->city;
    assertType('?string', $city);
    assertType('void|null', $c?->touch());
}

/**
 * @property-read string $magic
 */
class WithMagic
{
    private array $data = [];

    public function __get(string $name): mixed { return $this->data[$name] ?? null; }
}

enum Suit: string
{
    case Hearts = 'H';
    case Spades = 'S';

    public function color(): string { return 'red'; }
}

function magicAndEnums(WithMagic $m, Suit $s): void
{
    assertType('string', $m->magic);
    assertType('mixed', $m->other);
    assertType('Suit', Suit::Hearts);
    assertType('string', $s->color());
    assertType('string', $s->value);
    assertType('non-empty-string', $s->name);
}

class Node
{
    public ?Node $next = null;
    public int $value = 0;
}

function chains(Node $n): void
{
    if ($n->next !== null && $n->next->next !== null) {
        assertType('Node', $n->next);
        assertType('Node', $n->next->next);
    }
    assertType('int', $n->value);
    assertType('?Node', $n->next);
}
