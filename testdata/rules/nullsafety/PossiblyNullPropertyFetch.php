<?php

class Node
{
    public ?Node $next = null;
    public int $value = 0;
}

function tail(Node $n): int
{
    return $n->next->value; // expect: PossiblyNullPropertyFetch "Property $value accessed on ?Node, which may be null"
}

function head(?Node $n): int
{
    $n->value = 3; // expect: PossiblyNullPropertyFetch
    return 0;
}

function pick(?Node $a): int
{
    echo $a->value; // expect: PossiblyNullPropertyFetch
    return 0;
}

// Accepted: checks before the access.
function safe(Node $n): int
{
    if ($n->next !== null) {
        return $n->next->value;
    }
    return $n->next?->value ?? 0;
}

function viaIsset(Node $n): int
{
    return isset($n->next->value) ? 1 : 0;
}

function early(?Node $n): int
{
    if ($n === null) {
        return 0;
    }
    return $n->value;
}
