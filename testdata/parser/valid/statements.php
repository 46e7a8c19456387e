<?php
try {
    risky();
} catch (FirstException | SecondException $e) {
    log($e);
} catch (\Throwable) {
} finally {
    cleanup();
}
do { $i--; } while ($i > 0);
while (true) { while (true) { break 2; } }
for (;;) { continue 1; }
switch ($x) { case 1: echo 1; default: echo 0; }
switch ($y) {; case 'a': break; }
function &refs() { static $cache = [], $hits = 0; global $config, $db; return $cache; }
unset($a, $b['c'], $obj->d);
const ANSWER = 42, QUESTION = 'unknown';
{ $block = 1; }
;
echo 1, 2, 3;
print('x');
throw new Exception('bye');
