<?php
if ($a) {
    echo 1;

echo 2;
