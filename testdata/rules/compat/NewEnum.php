<?php
// argus-test: php=8.0..8.4
enum Suit: string { // expect: NewEnum "enum requires PHP 8.1; the project targets 8.0..8.4"
    case Hearts = 'H';
}
class Enum {} // accepted: a class named Enum
$x->enum; // accepted: a property
$s = 'enum Suit {}'; // accepted: a string
enum Status { // expect: NewEnum
    case Active;
}
enum Level: int implements HasLabel { // expect: NewEnum
    case Low = 1;
}
