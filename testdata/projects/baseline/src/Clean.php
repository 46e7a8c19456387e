<?php

namespace Shop;

function greet(string $name): string
{
    return "Hello, $name";
}
