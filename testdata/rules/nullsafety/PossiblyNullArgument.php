<?php
// argus-test: php=8.1..8.4

class User
{
    public function __construct(public string $name) {}
}

function find(int $id): ?User { return $id > 0 ? new User('a') : null; }
function welcome(User $user): string { return $user->name; }
function label(string $s): string { return $s; }

$u = find(1);
welcome($u); // expect: PossiblyNullArgument "Argument 1 ($user) of welcome() expects User, ?User given: the value may be null"
$name = rand(0, 1) ? 'x' : null;
label($name); // expect: PossiblyNullArgument
function strict_use(?string $maybe): void
{
    label($maybe); // expect: PossiblyNullArgument
}

// Accepted: narrowed first, defaulted, or a parameter that takes null.
if ($u !== null) {
    welcome($u);
}
welcome(find(2) ?? new User('guest'));
if ($name) {
    label($name);
}
function takes_null(?string $s): void {}
takes_null($name);
strlen($name); // built-in in weak mode: coerced (deprecated since 8.1, a compatibility finding)
$v = find(3);
if (!$v instanceof User) {
    return;
}
welcome($v);
