<?php
$a = 1;
foo() = 2;
