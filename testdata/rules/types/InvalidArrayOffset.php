<?php
function config(bool $debug): void {
    $opts = ['host' => 'localhost', 'port' => 80];
    echo $opts['host'];                            // accepted: the key exists
    echo $opts['user'];                            // expect: InvalidArrayOffset "Offset 'user' does not exist on array{host: 'localhost', port: 80}"
    echo $opts['pass'] ?? '';                      // accepted: ?? tests the key
    if (isset($opts['pass'])) {                    // accepted: isset tests the key
        echo 'set';
    }
    $opts['user'] = 'admin';                       // accepted: a write
    echo $opts['user'];                            // accepted: written above
    $list = [1, 2];
    echo $list[2];                                 // expect: InvalidArrayOffset "Offset 2 does not exist"
    echo $list['1'];                               // accepted: '1' is the key 1
    if ($debug) {
        $list[] = 3;
    }
    echo $list[2];                                 // accepted: added on one path
}

function filled(): void {
    $a = ['x' => 1];
    fill($a);
    echo $a['y'];                                  // accepted: passed by reference
    $b = ['x' => 1];
    array_push($b, 2);
    echo $b[0];                                    // accepted: changed by a built-in through a reference
    $c = ['x' => 1];
    $set = function () use (&$c) { $c['y'] = 2; };
    $set();
    echo $c['y'];                                  // accepted: shared with the closure
}

function fill(array &$a): void {
    $a['y'] = 2;
}

function illegal(array $a, stdClass $o): void {
    echo $a[[]];                                   // expect: InvalidArrayOffset "Illegal offset type array{}"
    $a[$o] = 1;                                    // expect: InvalidArrayOffset "Illegal offset type stdClass"
    echo $a[1.5];                                  // accepted: floats are truncated
    echo $a[true];                                 // accepted: bools become 0 and 1
    $s = new SplObjectStorage();
    $s[$o] = 1;                                    // accepted: an ArrayAccess object takes any key
}

function guarded(bool $c): void {
    $b = ['y' => 1];
    if (isset($b['x'])) {
        echo $b['x'];                              // accepted: guarded by isset
    }
    if (array_key_exists('z', $b)) {
        echo $b['z'];                              // accepted: guarded by array_key_exists
    }
    echo @$b['w'];                                 // accepted: the warning is silenced on purpose
    echo $b['v'];                                  // expect: InvalidArrayOffset "Offset 'v'"
    echo $b['t'];                                  // accepted: tested further down (a loop may come back here)
    $b['t'] ??= 0;
}

interface Module {
    /** @return array{name: string} */
    public function config(): array;
}

/** @param array{id: int} $row */
function shapes(Module $m, array $row, bool $c): void {
    $conf = $m->config();
    echo $conf['hooks'];                           // accepted: a docblock shape may leave keys out
    echo $row['title'];                            // accepted: so may a parameter's
    $pair = ['a' => 1];
    if ($c) {
        $pair = array_merge($pair, $row);
    }
    echo $pair['b'];                               // accepted: not only built from literals
    $built = ['a' => 1];
    $built['b'] = 2;
    echo $built['c'];                              // expect: InvalidArrayOffset "Offset 'c' does not exist"
}
