<?php
use Shop\Cart;

function main(Cart $cart, Shop\Handler $h, Shop\Job $job, $unknown, Shop\Greeter $g, Shop\ReportJob $r): void {
    $cart->total();
    $cart->register();
    $n = count($cart);
    $h->handle();
    $job->run();
    $job->dispatch($unknown);
    echo $unknown->render();
    echo $g->greet();
    $field = 'Title';
    echo $r->{'get' . $field}();
    helper();
    new Legacy();
    new Shop\Legacy();
    new Shop\Widget();
    new Shop\MailHandler();
    new Shop\Controller();
    new Shop\Invoice();
}

class Legacy {
    function Legacy() {}                                         // accepted: a PHP 4 constructor
}

if (!class_exists('SplFixedArray')) {
    class SplFixedArray {
        public function setSize(int $size): bool { return true; }   // accepted: a polyfill's method is PHP's API
        public function legacyHelper(): void {}                     // expect: PossiblyUnusedMethod
    }
}
