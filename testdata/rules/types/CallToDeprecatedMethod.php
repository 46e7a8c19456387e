<?php
namespace App;

class Api {
    /** @deprecated use fetch() */
    public function get() { return $this->fetch(); }
    public function fetch() { return 1; }
    #[\Deprecated]
    public static function create(): static { return new static(); }
}
class Sub extends Api {
    /** @deprecated */
    public function get() { return parent::get(); } // accepted: deprecated override calling its parent
}

function use_api(Api $a, Sub $s): void {
    $a->get();                     // expect: CallToDeprecatedMethod "Call to deprecated method App\Api::get(): use fetch()"
    Api::create();                 // expect: CallToDeprecatedMethod "App\Api::create()"
    $s->get();                     // expect: CallToDeprecatedMethod "App\Sub::get()"
    $a->fetch();                   // accepted
    $x = new Api();                // accepted
}
