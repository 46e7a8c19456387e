<?php
function sign(int $n): int {                       // expect: MissingReturn "sign() must return int"
    if ($n > 0) {
        return 1;
    } elseif ($n < 0) {
        return -1;
    }
}

function signAll(int $n): int {                    // accepted: every path returns
    if ($n > 0) {
        return 1;
    }
    return $n < 0 ? -1 : 0;
}

function find(array $a, string $k): ?string {      // expect: MissingReturn "must return ?string"
    foreach ($a as $key => $v) {
        if ($key === $k) {
            return $v;
        }
    }
}

function orFail(array $a): mixed {                 // accepted: the last statement throws
    foreach ($a as $v) {
        return $v;
    }
    throw new InvalidArgumentException('empty');
}

function loopForever(): int {                      // accepted: the loop only ends by returning
    while (true) {
        if (rand(0, 1)) {
            return 1;
        }
    }
}

function neverEnds(): never {                      // expect: MissingReturn "declared never, but a path reaches the end"
    echo "oops";
}

function stops(): never {                          // accepted
    exit(1);
}

function nothing(): void {                         // accepted: void
    echo "x";
}

function lines(): iterable {                       // accepted: a generator
    yield 1;
}

function bySwitch(string $k): int {                // accepted: every case returns and there is a default
    switch ($k) {
        case 'a':
            return 1;
        default:
            return 2;
    }
}

abstract class Repo {
    abstract public function load(): array;       // accepted: no body

    public function first(): array {               // expect: MissingReturn "Repo::first() must return array"
        $all = $this->load();
    }
}

interface Named {
    public function name(): string;                // accepted: no body
}

$c = function (): string {                         // expect: MissingReturn "The closure must return string"
    echo "x";
};

/** @return never */
function abort(string $why) {
    throw new RuntimeException($why);
}

function logIt(string $s): void {
    echo $s;
}

class Parser {
    public function parse(string $s): int {        // accepted: ends with a call documented never
        if ($s !== '') {
            return 1;
        }
        abort('empty');
    }

    public function token(string $s): string {     // accepted: the helper of this class only throws
        if ($s !== '') {
            return $s;
        }
        $this->unexpected($s);
    }

    public function next($reader): string {        // accepted: an unknown callee may not return
        if ($reader) {
            return 'x';
        }
        $reader->fail();
    }

    public function logged(string $s): string {    // expect: MissingReturn "Parser::logged() must return string"
        logIt($s);
    }

    private function unexpected(string $s): void {
        throw new LogicException("unexpected $s");
    }
}
