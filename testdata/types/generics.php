<?php
// argus-test: php=8.0..8.4
class Order
{
    public function total(): int { return 1; }
}
class SpecialOrder extends Order {}
class Customer {}

/**
 * @template T
 * @param T $x
 * @return T
 */
function identity($x) { return $x; }

/**
 * @template T
 * @param array<T> $xs
 * @return T|null
 */
function firstOf(array $xs) { return null; }

/**
 * @template K of array-key
 * @template V
 * @param array<K, V> $a
 * @return array<V, K>
 */
function flip(array $a): array { return []; }

/**
 * @template T
 * @param iterable<T> $items
 * @return list<T>
 */
function toList(iterable $items): array { return []; }

/**
 * @template T of object
 * @param class-string<T> $class
 * @return T
 */
function make(string $class): object { return new $class(); }

/**
 * @template T
 * @param T|null $x
 * @return T
 */
function unwrap($x) { return $x; }

/**
 * @template T of Order
 * @param T $o
 * @return T
 */
function sameOrder(Order $o): Order
{
    assertType('T of Order', $o);
    assertType('int', $o->total());
    return $o;
}

/**
 * @template T
 * @param T ...$items
 * @return Collection<T>
 */
function collect(...$items): Collection { return new Collection($items); }

function functionTemplates(Order $o, ?Order $maybe, SpecialOrder $s, array $strings, Customer $c): void
{
    assertType('5', identity(5));
    assertType('Order', identity($o));
    assertType('1|2|null', firstOf([1, 2]));
    assertType('?Order', firstOf([$o]));
    assertType('mixed', firstOf([]));
    assertType("array{1?: 'a'|'b', 2?: 'a'|'b'}", flip(['a' => 1, 'b' => 2]));
    assertType('list<Order>', toList([$o, $o]));
    assertType('Order', make(Order::class));
    assertType('Order', unwrap($maybe));
    assertType('SpecialOrder', sameOrder($s));
    assertType('Order', sameOrder($o));
    assertType('Collection<Order>', collect($o, $o));
    assertType('list<Order>', toList(collect($o)));
    /** @var array<string, Customer> $strings */
    assertType('array<Customer, string>', flip($strings));
}

/**
 * @template T
 * @implements IteratorAggregate<int, T>
 */
class Collection implements IteratorAggregate
{
    /** @var list<T> */
    public array $items;

    /** @param list<T> $items */
    public function __construct(array $items = [])
    {
        $this->items = $items;
        assertType('list<T of mixed>', $items);
    }

    /** @return T|null */
    public function first() { return $this->items[0] ?? null; }

    /** @return list<T> */
    public function all(): array
    {
        assertType('(T of mixed)|null', $this->first());
        return $this->items;
    }

    /**
     * @param T $item
     * @return static
     */
    public function add($item): static { return $this; }

    /**
     * @template U
     * @param callable(T): U $f
     * @return Collection<U>
     */
    public function map(callable $f): Collection { return new Collection([]); }

    /** @return Iterator<int, T> */
    public function getIterator(): Iterator { return new ArrayIterator($this->items); }
}

/** @extends Collection<Order> */
class OrderCollection extends Collection
{
}

/**
 * @template X
 * @extends Collection<X>
 */
class Wrapper extends Collection
{
}

/** @template T of Order */
class OrderBox
{
    /** @var T */
    public $order;

    /** @return T */
    public function get() { return $this->order; }
}

/** @template T */
interface Repo
{
    /** @return T */
    public function get(int $id);
}

/** @implements Repo<Customer> */
class CustomerRepo implements Repo
{
    public function get(int $id) { return new Customer(); }
}

function classTemplates(Order $o, OrderCollection $oc, OrderBox $box, CustomerRepo $repo): void
{
    $c = new Collection([$o]);
    assertType('Collection<Order>', $c);
    assertType('?Order', $c->first());
    assertType('list<Order>', $c->all());
    assertType('list<Order>', $c->items);
    assertType('Collection<Order>', $c->add($o));
    assertType('Collection<int>', new Collection([1, 2]));
    assertType('Collection<string>', new Collection(['a']));
    assertType('Collection', new Collection());
    assertType('mixed', (new Collection())->first());
    assertType('Collection<int>', $c->map(fn(Order $x) => $x->total()));
    assertType('Collection<string>', $c->map(function (Order $x): string { return 'x'; }));
    foreach ($c as $k => $item) {
        assertType('int', $k);
        assertType('Order', $item);
    }
    assertType('?Order', $oc->first());
    foreach ($oc as $item) {
        assertType('Order', $item);
    }
    /** @var Wrapper<string> $w */
    $w = new Wrapper();
    assertType('Wrapper<string>', $w);
    assertType('?string', $w->first());
    assertType('Order', $box->get());
    assertType('Order', $box->order);
    assertType('Customer', $repo->get(1));
    /** @var Collection<Customer> $typed */
    $typed = new Collection();
    assertType('?Customer', $typed->first());
}

/** @return Generator<int, Order> */
function orders(): Generator { yield new Order(); }

/** @param Traversable<string, Customer> $t */
function iterate(Traversable $t, Iterator $raw): void
{
    foreach (orders() as $k => $v) {
        assertType('int', $k);
        assertType('Order', $v);
    }
    foreach ($t as $k => $v) {
        assertType('string', $k);
        assertType('Customer', $v);
    }
    foreach ($raw as $v) {
        assertType('mixed', $v);
    }
}
