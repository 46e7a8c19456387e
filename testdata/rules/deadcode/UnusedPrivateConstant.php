<?php
// Private class constants nothing in their class reads.

class Limits
{
    private const UNUSED = 1;              // expect: UnusedPrivateConstant "UNUSED is never used"
    private const A = 1, B = 2;            // expect: UnusedPrivateConstant "B is never used"
    final private const C = 3;             // expect: UnusedPrivateConstant "C is never used"
    private const USED_SELF = 10;
    private const USED_STATIC = 11;
    private const USED_STRING = 12;
    private const USED_IN_DEFAULT = 13;
    public const PUBLIC_ONE = 14;
    protected const PROTECTED_ONE = 15;

    private int $max = self::USED_IN_DEFAULT;

    public function get(): array
    {
        return [self::A, static::USED_STATIC, Limits::USED_SELF, constant('self::USED_STRING'), $this->max];
    }
}

class Dynamic
{
    private const ANY = 1;

    public function read(string $name)
    {
        return constant('self::' . $name);
    }
}

enum Suit: string
{
    case Hearts = 'H';
    private const DEFAULT = 'H';

    public static function fallback(): self
    {
        return self::from(self::DEFAULT);
    }
}
