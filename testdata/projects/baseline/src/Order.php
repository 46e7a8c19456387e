<?php

namespace Shop;

final class Order
{
    public function __construct(private Cart $cart)
    {
    }

    public function summary(): string
    {
        return 'Total: ' . $this->cart->total() . ' EUR'
    }
}
