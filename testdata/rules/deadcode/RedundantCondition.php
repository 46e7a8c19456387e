<?php
// Checks the declared types make always true.
class Order {}
class Invoice {}
interface Payable {}

function redundant(Order $order, string $sku, array $lines, ?Order $maybe): void {
    if ($order !== null) {                     // expect: RedundantCondition "$order !== null is always true: $order is Order"
        echo 1;
    }
    if ($order instanceof Order) {             // expect: RedundantCondition "$order instanceof Order is always true"
        echo 2;
    }
    if (is_string($sku)) {                     // expect: RedundantCondition "is_string($sku) is always true"
        echo 3;
    }
    if (!is_array($lines)) {                   // expect: RedundantCondition
        return;
    }
    $label = $order ? 'yes' : 'no';            // expect: RedundantCondition "$order is always true"
    if ($maybe !== null && $maybe instanceof Order) {   // expect: RedundantCondition "$maybe instanceof Order"
        echo 4;
    }
    $n = count($lines);
    if ($n !== null) {                         // expect: RedundantCondition
        echo 5;
    }
}

/** Look-alikes: checks the types do not decide. */
function accepted(?Order $maybe, $untyped, Payable $p, string $s, Order $order, array $items): void {
    if ($maybe !== null) {                     // accepted: nullable
        echo 1;
    }
    if ($untyped instanceof Order) {           // accepted: no declared type
        echo 2;
    }
    if ($p instanceof Order) {                 // accepted: an Order subclass may implement Payable
        echo 3;
    }
    if (is_numeric($s)) {                      // accepted: a string may or may not be numeric
        echo 4;
    }
    if (DEBUG) {                               // accepted: a configuration constant
        echo 5;
    }
    while (true) {                             // accepted: an intended endless loop
        break;
    }
    $found = false;
    foreach ($items as $item) {
        if ($found === false) {                // accepted: the loop changes $found
            $found = true;
        }
    }
    if ($found) {                              // accepted: a flag, not an object
        echo 6;
    }
    $debug = false;
    if ($debug) {                              // accepted: a local setting
        echo 7;
    }
    $cache = null;
    if ($cache === null) {                     // accepted: "always null" is never concluded
        $cache = new Order();
    }
    if (isset($template) && $template !== null) {   // accepted: $template may come from the including code
        echo 8;
    }
}

/**
 * @param Order $fromDoc
 */
function docblockOnly($fromDoc): void {
    // A docblock may lie: only declared types decide (a check against the docblock is defensive code).
    if ($fromDoc !== null) {                   // accepted: the type comes only from the docblock
        echo 1;
    }
}

function makeOrder(): Order { return new Order(); }

/** @return Order */
function findOrder() { return new Order(); }

/** @return Order */
function findDeclared(): ?Order { return null; }

function fill(&$out): void { $out = new Order(); }

function locals(): void {
    $made = makeOrder();
    if ($made !== null) {                      // expect: RedundantCondition "$made !== null is always true"
        echo 0;
    }
    $fresh = new Invoice();
    if ($fresh instanceof Invoice) {           // expect: RedundantCondition "$fresh instanceof Invoice"
        echo 1;
    }
    $found = findOrder();
    if ($found !== null) {                     // accepted: only a @return says it is an Order
        echo 2;
    }
    $declared = findDeclared();
    if ($declared instanceof Order) {          // accepted: the declared type is nullable; @return narrows it
        echo 3;
    }
    /** @var Order $inline */
    $inline = $GLOBALS['order'];
    if ($inline !== null) {                    // accepted: an inline @var may lie
        echo 4;
    }
    $either = $GLOBALS['flag'] ? new Order() : makeOrder();
    if ($either instanceof Order) {            // expect: RedundantCondition "$either instanceof Order"
        echo 6;
    }
    $mixed = $GLOBALS['flag'] ? new Order() : findOrder();
    if ($mixed instanceof Order) {             // accepted: one branch's type comes from a @return
        echo 7;
    }
    $out = null;
    fill($out);
    if ($out instanceof Order) {               // accepted: set through a by-reference parameter
        echo 5;
    }
}

class Factory {
    public static function make(): Order { return new Order(); }

    /** @return Order */
    public function guess() { return new Order(); }

    public function use(): void {
        $made = self::make();
        if ($made !== null) {                  // expect: RedundantCondition "$made !== null is always true"
            echo 1;
        }
        $guessed = $this->guess();
        if ($guessed !== null) {               // accepted: only a @return says it is an Order
            echo 2;
        }
    }
}
