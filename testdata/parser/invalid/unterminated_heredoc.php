<?php
$s = <<<EOT
never closed
$x
