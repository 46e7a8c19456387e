<?php
// An entry point: nothing includes it, its top-level code runs.
use App\Models\Order;
use App\Models\Customer;
use App\Models\Invoice;

function checkout(Customer $c): void {
    $order = new Order();
    $kind = \App\Models\Parcel::class;
    try {
        run();
    } catch (\App\Models\NotFound $e) {
    }
    if ($c instanceof \App\Models\Money) {
    }
    $d = \App\Models\Settings::DEFAULTS;
    $invoice = $order->invoice();    // a method named like a class is not the class
    $exists = class_exists('App\Models\Polyfilled');
}

$factories = ['report' => 'App\Models\Report'];

/** @var \App\Models\Widget $w */
$w = make('widget');
checkout(make('customer'));

$engine = 'native';
$class = "Engine_$engine";
$e = new $class();
$http = sprintf('Exception_HTTP_%d', 404);
$label = 'Note: ' . $engine;          // text, not a naming scheme
if (!class_exists('JsonException')) {
    class JsonException extends \Exception {}   // accepted: a polyfill of PHP's own class
}

class Engine_native {}               // accepted: instantiated by a built name above
class Exception_HTTP_404 {}          // accepted: named by sprintf('Exception_HTTP_%d') above
class Note {}                        // expect: UnusedClass
if (!class_exists('Compat_Helper')) {
    class Compat_Helper {}           // expect: UnusedClass
}
