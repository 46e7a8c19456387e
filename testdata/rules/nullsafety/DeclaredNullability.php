<?php
// argus-test: rules=PossiblyNullReference,PossiblyNullPropertyFetch,PossiblyNullArgument,PossiblyFalseArgument,PossiblyFalseReference,NullableReturnStatement,PossiblyNullArrayAccess level=3
// At the default level a possibly-null or possibly-false value is reported when the code's own
// declarations say so (native types, PHP's signatures, literals); what only a docblock or an
// inferred return type says waits for --level 2.

class Post
{
    public int $id = 0;
    public function title(): string { return ''; }
}

function takes_string(string $s): void {}

function find_post(int $id): ?Post { return $id > 0 ? new Post() : null; }

/** @return Post|null */
function get_post_documented($id) { return $id ? new Post() : null; }

function inferred_post($id) { return $id ? new Post() : null; }

class Holder
{
    public ?Post $native = null;
    /** @var Post|null */
    public $documented;
}

function declared(Holder $h, ?Post $param): string
{
    echo find_post(1)->id;          // expect: PossiblyNullPropertyFetch
    echo $param->title();           // expect: PossiblyNullReference
    echo $h->native->id;            // expect: PossiblyNullPropertyFetch
    $pos = strpos('abc', 'b');
    echo substr('abc', $pos);       // expect: PossiblyFalseArgument
    $p = rand(0, 1) ? new Post() : null;
    takes_string($p?->title());     // expect: PossiblyNullArgument
    return find_post(2)?->title();  // expect: NullableReturnStatement
}

function documented(Holder $h): string
{
    echo get_post_documented(1)->id;
    echo inferred_post(1)->title();
    echo $h->documented->id;
    /** @var Post|null $q */
    $q = $GLOBALS['q'];
    echo $q->id;
    takes_string(get_post_documented(3)?->title());
    return get_post_documented(2)->title();
}
