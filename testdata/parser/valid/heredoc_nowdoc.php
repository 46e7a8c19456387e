<?php
$name = 'World';
$a = <<<EOT
Hello $name
  indented {$name}s
EOT;
$b = <<<"QUOTED"
    flexible closing marker (PHP 7.3)
      keeps relative indentation: {$obj->name}
    QUOTED;
$c = <<<'NOW'
raw $name {$x} \n stays
NOW;
$d = [<<<A
  first
  A, <<<'B'
  second
  B];
$e = <<<EMPTY
EMPTY;
call(<<<SQL
    SELECT * FROM t WHERE id = $id
    SQL);
$f = b<<<BIN
binary $x
BIN;
