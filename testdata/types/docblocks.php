<?php
// argus-test: php=8.0..8.4
namespace App\Models {
    class Order
    {
        public function total(): int { return 1; }
    }

    /**
     * @property string $title
     * @property-read int $views
     * @property-write string $secret
     * @method Order find(int $id)
     * @method static Repository create()
     * @method list<Order> all()
     */
    class Repository
    {
        public function __call(string $name, array $args) { return null; }
        public static function __callStatic(string $name, array $args) { return null; }
        public function __get(string $name) { return null; }
    }

    class OrderRepository extends Repository
    {
    }

    interface Finder
    {
        /** @return list<Order> */
        public function findAll(): array;

        /** @return Order|null */
        public function findOne(int $id);
    }
}

namespace App\Docs {
    use App\Models\Order;
    use App\Models\Repository;
    use App\Models\OrderRepository;
    use App\Models\Finder;

    /**
     * @param list<int> $ids
     * @param int $name a contradiction: the declared type wins
     * @param Order $order resolved through the import
     * @param non-empty-string $code
     * @param int<0, 10> $level
     * @param array{id: int, name: string} $row
     * @param Order $maybe
     * @param \App\Models\Order $qualified
     * @param Models\Order $relative not a class of this namespace: unknown, so mixed
     * @param NoSuchClass $unknown
     */
    function params(array $ids, string $name, $order, string $code, int $level, array $row, ?Order $maybe,
                    $qualified, $relative, $unknown, Order $defaulted = null): void
    {
        assertType('list<int>', $ids);
        assertType('string', $name);
        assertType('App\Models\Order', $order);
        assertType('non-empty-string', $code);
        assertType('int<0, 10>', $level);
        assertType('array{id: int, name: string}', $row);
        assertType('?App\Models\Order', $maybe);
        assertType('App\Models\Order', $qualified);
        assertType('mixed', $relative);
        assertType('mixed', $unknown);
        assertType('?App\Models\Order', $defaulted);
        assertType('int', $row['id']);
    }

    /**
     * @param array $a
     * @psalm-param list<string> $a
     * @param array $b
     * @psalm-param list<string> $b
     * @phpstan-param non-empty-list<string> $b
     * @param list<int $broken
     * @param string ...$rest
     */
    function spellings(array $a, array $b, array $broken, ...$rest): void
    {
        assertType('list<string>', $a);
        assertType('non-empty-list<string>', $b);
        assertType('array', $broken);
        assertType('list<string>', $rest);
    }

    /** @return list<Order> */
    function orders(): array { return []; }

    /** @return Order|null */
    function maybeOrder() { return null; }

    /** @return string */
    function contradicted(): int { return 1; }

    /** @psalm-return positive-int */
    function positive(): int { return 1; }

    function returns(): void
    {
        assertType('list<App\Models\Order>', orders());
        assertType('?App\Models\Order', maybeOrder());
        assertType('int', contradicted());
        assertType('int<1, max>', positive());
    }

    class Holder
    {
        /** @var list<string> */
        private array $names = [];
        /** @var Order|null */
        public $order;
        /** @var int */
        public string $contradicted = '';
        /** @var NoSuchClass */
        public $unknown;

        /** @param list<Order> $items */
        public function __construct(public array $items) {}

        public function read(): void
        {
            assertType('list<string>', $this->names);
            assertType('?App\Models\Order', $this->order);
            assertType('string', $this->contradicted);
            assertType('mixed', $this->unknown);
            assertType('list<App\Models\Order>', $this->items);
        }

        /** @return static */
        public function fluent() { return $this; }

        /** @return $this */
        public function self() { return $this; }
    }

    class SubHolder extends Holder
    {
    }

    function members(Holder $h, SubHolder $s, Repository $r, OrderRepository $or, Finder $f): void
    {
        assertType('list<App\Models\Order>', $h->items);
        assertType('App\Docs\Holder', $h->fluent());
        assertType('App\Docs\SubHolder', $s->fluent());
        assertType('App\Docs\SubHolder', $s->self());
        assertType('string', $r->title);
        assertType('int', $r->views);
        assertType('mixed', $r->secret);
        assertType('App\Models\Order', $r->find(1));
        assertType('list<App\Models\Order>', $r->all());
        assertType('App\Models\Repository', Repository::create());
        assertType('App\Models\Order', $or->find(2));
        assertType('string', $or->title);
        assertType('list<App\Models\Order>', $f->findAll());
        assertType('?App\Models\Order', $f->findOne(1));
    }

    function inline(mixed $container, array $items, int $n, $m): void
    {
        /** @var Order $o */
        $o = $container->get('order');
        assertType('App\Models\Order', $o);

        /** @var Order|null $p */
        $p = $container->get('order');
        assertType('?App\Models\Order', $p);

        /** @var list<Order> $items */
        assertType('list<App\Models\Order>', $items);

        /** @var Order $item */
        foreach ($items as $item) {
            assertType('App\Models\Order', $item);
        }

        /** @var int */
        $count = $m;
        assertType('int', $count);

        /** @var string $n */
        assertType('mixed', $n);

        /** @psalm-var non-empty-string $q */
        $q = $container->name;
        assertType('non-empty-string', $q);

        /** @var Order $fromTemplate */
        assertType('App\Models\Order', $fromTemplate);

        /** @var Order $later */
        $unrelated = 1;
        assertType('App\Models\Order', $later);
        assertType('1', $unrelated);
    }

    function globals(): void
    {
        /** @var Repository $repo */
        global $repo;
        assertType('App\Models\Repository', $repo);
    }

    class Implementor implements Finder
    {
        public function findAll(): array { return []; }
        public function findOne(int $id) { return null; }
    }

    function inherited(Implementor $i): void
    {
        assertType('list<App\Models\Order>', $i->findAll());
        assertType('?App\Models\Order', $i->findOne(3));
    }
}
