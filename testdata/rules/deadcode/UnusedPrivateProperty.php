<?php
// Private properties nothing in their class reads; written-only ones too.

class Cache
{
    private $neverUsed;                     // expect: UnusedPrivateProperty "$neverUsed is never used"
    private array $writtenOnly = [];        // expect: UnusedPrivateProperty "$writtenOnly is written but never read"
    private static $hits = 0;               // expect: UnusedPrivateProperty "$hits is written but never read"
    private $store = [];
    private $ttl;
    private static $instance;
    private $readByIsset;
    protected $notPrivate;
    public $alsoNotPrivate;

    public function __construct(
        private string $prefix,             // promoted, read below
        private int $size,                  // expect: UnusedPrivateProperty "$size is never used"
        int $ttl = 60
    ) {
        $this->ttl = $ttl;
    }

    public function set(string $k, $v): void
    {
        $this->writtenOnly[$k] = $v;
        self::$hits = 1;
        $this->store[$this->prefix . $k] = [$v, time() + $this->ttl];
    }

    public function all(): array
    {
        return $this->store;
    }

    public static function get(): self
    {
        return self::$instance ??= new self('c');
    }

    public function has(): bool
    {
        return isset($this->readByIsset);
    }
}

class Entity
{
    /** @ORM\Column(type="string") */
    private $mappedByOrm;

    #[Column]
    private $mappedByAttribute;
}

class Magic
{
    private $data = [];
    private $hidden;

    public function __get($name)
    {
        return $this->data[$name] ?? null;
    }
}

class Exported
{
    private $a;
    private $b;

    public function toArray(): array
    {
        return get_object_vars($this);
    }
}

class Dynamic
{
    private $x;

    public function read(string $field)
    {
        return $this->$field;
    }
}
