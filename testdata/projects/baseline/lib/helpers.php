<?php

function money(int $cents): string
{
    return sprintf('%d.%02d', intdiv($cents, 100), $cents % 100);
}

function percent(int $part, int $whole): string
{
    if ($whole === 0) {
        return '-';
    }
    return round(100 * $part / $whole)) . '%';
}
