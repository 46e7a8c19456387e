<?php
// argus-test: php=7.4..8.4
namespace App;

function one($a) { return $a; }
function counted() { return func_num_args(); }
function rest($a, ...$more) { return $more; }
class Box {
    public function put($x): void {}
    public function __call($n, $a) {}
}
class NoCtor {}

one(1, 2);                     // expect: TooManyArguments "Too many arguments to App\one(): 2 given, at most 1 accepted"
(new Box())->put(1, 2);        // expect: TooManyArguments "App\Box::put()"
strlen('a', 'b');              // expect: TooManyArguments "strlen(): 2 given, at most 1 accepted"
\array_key_last([], 1);        // expect: TooManyArguments
mb_str_pad('a', 3, ' ', STR_PAD_LEFT, 'UTF-8'); // accepted: 8.3's function, unknown before: only its own versions count

one(1);                        // accepted
counted(1, 2, 3);              // accepted: reads func_num_args()
rest(1, 2, 3);                 // accepted: variadic
(new Box())->other(1, 2, 3);   // accepted: __call takes anything
$n = new NoCtor(1, 2);         // accepted: PHP ignores arguments when there is no constructor
max(1, 2, 3, 4);               // accepted: variadic built-in
