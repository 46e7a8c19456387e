<?php
function f() {
    $a = 1
    return $a;
}
