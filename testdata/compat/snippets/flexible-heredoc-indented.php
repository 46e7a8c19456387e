<?php
// argus-test: rules=NewFlexibleHeredoc since=7.3
$s = <<<EOT
    text
    EOT;
if ($s !== 'text') exit(1);
