<?php
function logLine(string $s): void {
    if ($s === '') {
        return;                                    // accepted: a bare return leaves a void function
    }
    return null;                                   // expect: InvalidReturnType "declared void and must not return a value (use \"return;\")"
}

function count3(): int {
    return;                                        // expect: InvalidReturnType "declares a return type and must return a value"
}

function maybe(): ?int {
    return null;                                   // accepted: a value, even null
}

function fail(string $why): never {
    throw new RuntimeException($why);              // accepted: never returns
}

function failLater(): never {
    return;                                        // expect: InvalidReturnType "declared never and must not return"
}

function lines(): Generator {
    yield 1;
    return;                                        // accepted: generators may end with a bare return
}

function untyped() {
    return;                                        // accepted: nothing declared
}

class Logger {
    public function write(string $s): void {
        $inner = function (): int {
            return 1;                              // accepted: the closure's own type counts
        };
        return $inner();                           // expect: InvalidReturnType "Logger::write() is declared void"
    }
}

$done = fn(): void => print("x");                  // expect: InvalidReturnType "arrow function declared void"
$never = fn(): never => throw new LogicException(); // accepted
