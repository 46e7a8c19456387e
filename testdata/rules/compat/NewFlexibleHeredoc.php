<?php
// argus-test: php=7.2..8.4
function sql() {
    return <<<SQL
        SELECT 1
        SQL; // expect: NewFlexibleHeredoc "indented or inline closing heredoc/nowdoc label requires PHP 7.3"
//      ^^^
}
$args = [<<<'TXT'
text
TXT, 1]; // expect: NewFlexibleHeredoc
$ok = <<<EOT
 indented text is fine
EOT;
$ok2 = [<<<EOT
text
EOT
, 2];
$interpolated = <<<EOF
RewriteBase {$base}
text $x and {$y} more
EOF;
$indented = <<<EOF
    RewriteBase {$base}
    EOF; // expect: NewFlexibleHeredoc
