<?php
// argus-test: rules=NewFlexibleHeredoc
$a = [<<<'EOT'
text
EOT
, 1];
$b = <<<EOT
text
EOT;
if ($a[0] !== 'text' || $b !== 'text') exit(1);
