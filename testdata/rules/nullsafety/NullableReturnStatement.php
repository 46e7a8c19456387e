<?php

class Item {}

function findItem(array $items): Item
{
    $found = null;
    foreach ($items as $i) {
        if ($i instanceof Item) {
            $found = $i;
        }
    }
    return $found; // expect: NullableReturnStatement "The return type is Item but the value returned, ?Item, may be null"
}

function name(?string $n): string
{
    return $n; // expect: NullableReturnStatement
}

class Box
{
    private ?Item $item = null;

    public function get(): Item
    {
        return $this->item; // expect: NullableReturnStatement
    }

    public function getOrMake(): Item
    {
        return $this->item ?? new Item();
    }

    public function maybe(): ?Item
    {
        return $this->item;
    }
}

// Accepted: narrowed, nullable return types, generators, untyped functions.
function name2(?string $n): string
{
    if ($n === null) {
        return '';
    }
    return $n;
}
function untyped(?string $n)
{
    return $n;
}
function gen(?int $x): Generator
{
    yield 1;
    return $x;
}
function mixedReturn(?int $x): mixed
{
    return $x;
}
