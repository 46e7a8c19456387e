<?php
// argus-test: php=7.4..8.4
final class Mailer {
    public function __construct(
        private Transport $transport, // expect: NewConstructorPromotion "constructor property promotion requires PHP 8.0"
        Logger $logger, // accepted: an ordinary parameter
        public $name = 'x' // expect: NewConstructorPromotion
    ) {}
}
