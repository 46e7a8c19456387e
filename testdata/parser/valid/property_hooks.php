<?php
class User
{
    public string $fullName {
        get => $this->first . ' ' . $this->last;
        set(string $value) {
            [$this->first, $this->last] = explode(' ', $value, 2);
        }
    }

    public int $age {
        set {
            if ($value < 0) {
                throw new ValueError('negative');
            }
            $this->age = $value;
        }
    }

    public private(set) string $id;
    protected(set) readonly int $version;
    public function __construct(public private(set) string $email { get => strtolower($this->email); }) {}
}

interface HasName
{
    public string $name { get; }
    public string $writable { get; set; }
}

abstract class A
{
    abstract public string $x { get; }
    public array $items { &get => $this->items; }
    public $hooked { final set => $value; }
}
