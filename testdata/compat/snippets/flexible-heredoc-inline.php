<?php
// argus-test: rules=NewFlexibleHeredoc since=7.3
$a = [<<<EOT
text
EOT, 1];
if ($a[0] !== 'text') exit(1);
