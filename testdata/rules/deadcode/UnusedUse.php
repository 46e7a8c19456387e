<?php
// Imports that nothing in their namespace refers to.

namespace App\Service;

use App\Model\Order;
use App\Model\Invoice;                 // expect: UnusedUse "Import App\Model\Invoice is never used"
use App\Model\Customer as Client;      // expect: UnusedUse "App\Model\Customer as"
use function App\Util\format_money;    // expect: UnusedUse "App\Util\format_money"
use const App\Config\MAX_ITEMS;        // expect: UnusedUse "App\Config\MAX_ITEMS"
use App\Model\Line;
use App\Model\Tax;
use App\Model\Discount;
use App\Exception\Failed;
use App\Attribute\Route;
use App\Model;
use App\Contract\Pricing;
use App\Contract\Rounding;
use function App\Util\round_half;
use const App\Config\CURRENCY;
use App\Model\Shipping;
use App\Model\Coupon;
use App\Model\Refund;
use App\Model\Voucher;
use App\Model\Wallet;

/**
 * @method Coupon coupon()
 * @see Refund::issue()
 */
#[Route('/orders')]
final class Checkout implements Pricing
{
    use Rounding;

    /** @var Line[] */
    private array $lines = [];

    /**
     * @param Tax $tax
     * @return Discount|null
     * @throws Failed
     */
    public function total(Order $order, $tax)
    {
        $items = new Model\ItemList();          // a qualified name uses the `Model` import
        $sum = round_half($order->amount());
        /* @var Shipping $ship */
        // A line comment naming Client is prose, not a reference.
        $ship = $order->shipping();
        '@phan-var Voucher $sum';
        // @var Wallet $items
        return $sum . CURRENCY . count($this->lines) . $items . $ship;
    }
}
