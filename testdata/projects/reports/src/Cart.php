<?php
namespace Shop;

/** Prices in € — the comment makes this line non-ASCII. */
final class Cart
{
    public function find(\mysqli $db): array
    {
        $id = $_GET['id'];
        $sql = "SELECT * FROM carts WHERE id = " . $id;
        return $db->query($sql)->fetch_all();
    }

    public function total(array $items): float
    {
        $label = "Summe über alle Artikel"; $count = count($items);
        return sum($label, $items);
    }
}
