<?php
function total(array $items) {
    $sum = 0
    foreach ($items as $item) {
        $sum += $item;
    }
    return $sum;
}
