<?php
namespace App\Models;

use Attribute;

class Order {}                       // accepted: created in app.php
class Invoice {}                     // expect: UnusedClass "Class App\Models\Invoice is never used"
interface Payable {}                 // expect: UnusedClass "Interface App\Models\Payable"
trait Timestamps {}                  // expect: UnusedClass "Trait App\Models\Timestamps"
enum Status { case Open; }           // expect: UnusedClass "Enum App\Models\Status"

// Only names itself: a factory nobody calls does not make it used.
class Legacy {                       // expect: UnusedClass
    public static function make(): Legacy { return new Legacy(); }
}

class Polyfilled {}                  // accepted: class_exists() outside a guard of its declaration uses it

class Customer {}                    // accepted: a parameter type in app.php
class Report {}                      // accepted: named in a string (a factory map)
class Widget {}                      // accepted: the type of a docblock
class Shipment extends \Vendor\Framework\Entity {}   // accepted: its framework (not analysed) may load it

/** @api */
class PublicSdk {}                   // accepted: public API of a library

#[AsCommand(name: 'app:sync')]
class SyncCommand {}                 // accepted: a framework finds it by its attribute

#[Attribute]
class AsCommand {}                   // accepted: used as an attribute above

class Base {}                        // accepted: extended by Child
class Child extends Base {}          // expect: UnusedClass

interface Shippable {}               // accepted: implemented by Parcel
trait Weighs {}                      // accepted: used by Parcel
class Parcel implements Shippable {  // accepted: Parcel::class in app.php
    use Weighs;
}

class NotFound extends \Exception {}       // accepted: caught in app.php
class Money {}                       // accepted: instanceof in app.php
class Settings {}                    // accepted: Settings::DEFAULTS in app.php

