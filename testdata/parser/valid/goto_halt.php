<?php
$i = 0;
start:
$i++;
if ($i < 3) goto start;
goto end;
echo 'skipped';
end:
echo 'done';
__halt_compiler();
raw data here: <?php this is not code } ) ]
