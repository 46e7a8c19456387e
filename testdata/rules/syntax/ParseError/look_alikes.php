<?php
// Valid code that looks broken must stay quiet.
$s = "a string with } and ; and ( in it";
$h = <<<EOT
  unbalanced { in a heredoc
  EOT;
$n = 'no semicolon on this line'
    . 'the statement ends here';
/* a comment with function ( { */
echo match (true) { default => 1 };
$list = [1, 2, 3,];
$f = fn($x) => $x ?: null;
?>
<p>Inline HTML with { and } and <?= $n ?></p>
<?php
if ($n): ?>
  alternative syntax
<?php endif;
