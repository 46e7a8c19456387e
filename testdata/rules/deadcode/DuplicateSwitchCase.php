<?php
// A case value written twice in one switch: the later case is never entered.

function describe($code): string
{
    switch ($code) {
        case 'a':
            return 'first';
        case 'b':
            return 'second';
        case 'a':                    // expect: DuplicateSwitchCase "repeats the one at line 7"
            return 'third';
    }
    switch ($code) {
        case 1:
            return 'one';
        case '1':                    // expect: DuplicateSwitchCase
            return 'uno';
    }
    switch ($code) {
        case 'x':
        case 'y':
            return 'xy';
        case 'z':
        case 'x':                    // expect: DuplicateSwitchCase "repeats the one at line 21"
            return 'zx';
    }
    switch (true) {
        case $code > 3:
            return 'big';
        case $code > 3:              // expect: DuplicateSwitchCase
            return 'huge';
        default:
            return 'small';
    }
}

// ---------------------------------------------------------------- accepted

function distinct($code): string
{
    switch ($code) {
        case 'a':
        case 'b':
            return 'ab';
        case 'A':                    // case matters for strings
            return 'upper';
        case E_ERROR:
        case E_WARNING:
            return 'level';
    }
    // Calls may return different values each time.
    switch (true) {
        case has_more():
            return 'more';
        case has_more():
            return 'still more';
    }
    // Separate switches.
    switch ($code) {
        case 'a':
            return 'again';
        default:
            return 'none';
    }
}

// Both spellings stacked on one body: whichever label matches, the same code runs.
function parse_boolean($value): bool
{
    switch ($value) {
        case 'true':
        case '1':
        case 1:
            return true;
        case 'false':
        case '0':
        case 0:
            return false;
    }
    return (bool) $value;
}

function has_more(): bool { return (bool) random_int(0, 1); }
