<?php
// argus-test: php=7.4..8.4
final class Mailer {
    public function __construct(
        private Transport $transport, // expect: NewConstructorPromotion "constructor property promotion requires PHP 8.0"
        Logger $logger, // accepted: an ordinary parameter
        public $name = 'x', // expect: NewConstructorPromotion
        protected readonly int $retries = 3, // expect: NewConstructorPromotion
        ?int $timeout = null // accepted: an ordinary parameter with a default
    ) {}
}
final class Plain {
    public function __construct($transport) {} // accepted: nothing promoted
    public function send(string $to) {} // accepted: not a constructor
}
