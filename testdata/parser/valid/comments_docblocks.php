<?php
/**
 * File docblock.
 */

/**
 * Adds numbers.
 * @param int $a
 * @return int
 */
function add(int $a, int $b): int { return $a + $b; } // trailing comment

# hash comment ?> 
<?php
/** @var int $x */
$x = 1; /* block */ $y = 2;

/** Class doc */
#[Attr]
class C
{
    /** @var string */
    public $p;

    #[Attr]
    /** Doc after attribute */
    public function m() {}

    /** Const doc */
    const K = 1;
}
