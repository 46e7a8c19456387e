<?php
$result = match ($status) {
    200, 201 => 'ok',
    404 => throw new NotFound(),
    default => 'error',
};
$size = match (true) {
    $n < 10 => 'small',
    $n < 100 => 'medium',
    default => 'large'
};
echo match ($x) { 1 => 'a' };
