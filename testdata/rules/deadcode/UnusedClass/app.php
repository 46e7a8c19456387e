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
