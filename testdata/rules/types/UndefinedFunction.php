<?php
namespace App;

function format_price(float $p): string { return number_format($p, 2); }

function render(array $rows): string {
    $out = formt_price(1.5);        // expect: UndefinedFunction "Call to undefined function formt_price() (did you mean App\format_price()?)"
    $out .= \array_mapp('trim', $rows); // expect: UndefinedFunction "did you mean array_map()?"
    $out .= totally_unknown_helper(); // expect: UndefinedFunction "Call to undefined function totally_unknown_helper()"
    $out .= format_price(2.0);      // accepted: declared above, in this namespace
    $out .= strlen('x');            // accepted: the global built-in, reached by PHP's fallback
    $out .= \App\format_price(3.0); // accepted: fully qualified
    $out .= polyfilled_thing();     // accepted: the file tests function_exists('polyfilled_thing')
    $out .= apcu_fetch('k');        // accepted: an extension argus's PHP builds lack
    $out .= Other\Lib\helper();     // accepted: a namespace the project declares nothing in
    $out .= FORMAT_PRICE(1.0);      // accepted: function names ignore case
    $out .= second_polyfill();      // accepted: tested second in one condition with another
    $out .= shouted_polyfill();     // accepted: the test is written in capitals
    return $out;
}

if (function_exists('polyfilled_thing')) {
    echo 'yes';
}

if (function_exists('first_polyfill') && function_exists('second_polyfill')) {
    echo 'both';
}

if (FUNCTION_EXISTS('shouted_polyfill')) {
    echo 'loud';
}
