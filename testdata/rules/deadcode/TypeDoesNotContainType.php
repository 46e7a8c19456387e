<?php
// Checks the declared types make always false.
class Order {}
class Invoice {}
final class Receipt {}
interface Payable {}

function impossible(Order $order, string $sku, int $qty, Receipt $receipt): void {
    if ($order === null) {                     // expect: TypeDoesNotContainType "$order === null is always false: $order is Order, never null"
        return;
    }
    if ($order instanceof Invoice) {           // expect: TypeDoesNotContainType "$order instanceof Invoice is always false"
        echo 1;
    }
    if ($receipt instanceof Payable) {         // expect: TypeDoesNotContainType "$receipt is Receipt"
        echo 2;
    }
    if (is_int($sku)) {                        // expect: TypeDoesNotContainType "is_int($sku) is always false: $sku is string"
        echo 3;
    }
    if ($qty > 0 || is_array($qty)) {          // expect: TypeDoesNotContainType
        echo 4;
    }
    $match = match (true) {
        $order instanceof Receipt => 1,        // expect: TypeDoesNotContainType
        default => 0,
    };
    if ($order == null) {                      // expect: TypeDoesNotContainType "never null or falsy"
        return;
    }
}

/** Look-alikes: checks the types do not decide. */
function accepted(?Order $maybe, $untyped, Order $order, int $qty, string $s, array $list): void {
    if ($maybe === null) {                     // accepted: nullable
        return;
    }
    if ($untyped instanceof Invoice) {         // accepted: no declared type
        echo 1;
    }
    if ($order instanceof Payable) {           // accepted: a subclass of Order may implement Payable
        echo 2;
    }
    if ($qty == null) {                        // accepted: 0 == null
        echo 3;
    }
    if ($s == null) {                          // accepted: '' == null
        echo 4;
    }
    if (WP_DEBUG === null) {                   // accepted: a configuration constant
        echo 5;
    }
    if (is_int($order->id ?? null)) {          // accepted: not a plain variable
        echo 6;
    }
    $next = null;
    foreach ($list as $item) {
        if ($next === null) {                  // accepted: the loop changes $next
            $next = $item;
        }
    }
}

function is_int_like($v): bool { return is_int($v); }

/** A class of the project named like a PHP function's check is not the check. */
function shadowed(string $s): void {
    if (is_int_like($s)) {                     // accepted: not one of PHP's is_*() functions
        echo 1;
    }
}
