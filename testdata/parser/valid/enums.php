<?php
enum Suit: string implements HasColor
{
    use ColorTrait;

    case Hearts = 'H';
    case Spades = 'S';

    const Wild = self::Spades;

    public function color(): string
    {
        return match ($this) {
            self::Hearts => 'Red',
            self::Spades => 'Black',
        };
    }

    public static function fromChar(string $c): self { return self::from($c); }
}

enum Status { case Active; case Inactive; }

$enum = 1;
function enum() {}
enum($enum);
class enumerable {}
