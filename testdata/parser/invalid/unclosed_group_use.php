<?php
use Foo\{Bar
$x = 1;
