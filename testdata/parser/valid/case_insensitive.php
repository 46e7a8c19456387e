<?php
FUNCTION Foo($A) { RETURN $A; }
CLASS Bar EXTENDS Baz IMPLEMENTS Qux { PUBLIC STATIC FUNCTION X() {} }
IF (TRUE) { ECHO 'a'; } ELSEIF (FALSE) { PRINT 'b'; } ELSE { DIE(); }
FOREACH ($A AS $K => $V) { CONTINUE; }
$x = NEW Bar;
$y = $x INSTANCEOF Bar AND NULL OR False XOR True;
$z = ARRAY(1, 2);
Exit;
