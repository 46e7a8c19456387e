<?php
// Parameters whose value the body never reads, where the signature is the author's own.

function format_price(float $amount, string $currency): string // expect: UnusedParam "$currency is never used"
{
    return number_format($amount, 2);
}

final class Mailer
{
    public function send(string $to, string $subject, array $headers): bool // expect: UnusedParam "$headers"
    {
        return mail($to, $subject, '');
    }

    private function log(string $message, int $level): void // expect: UnusedParam "$level"
    {
        error_log($message);
    }

    // Overwritten before it is read: the caller's value is lost.
    public function retry(int $attempts): int // expect: UnusedParam "$attempts"
    {
        $attempts = 3;
        return $attempts;
    }

    public function __construct(private string $host, int $port) // expect: UnusedParam "$port"
    {
    }
}

interface Handler
{
    public function handle(array $event, array $context): void;
}

abstract class BaseHandler implements Handler
{
    // The interface dictates the signature.
    public function handle(array $event, array $context): void
    {
        echo count($event);
    }

    // Abstract: no body to use anything.
    abstract protected function render(array $data, string $format): string;

    // A hook meant to be overridden: an empty body in an open class.
    protected function beforeSend(array $message, array $options): void
    {
    }

    protected function fallback(string $reason): ?string
    {
        return null;
    }
}

class JsonHandler extends BaseHandler
{
    // The parent declares it.
    protected function render(array $data, string $format): string
    {
        return json_encode($data);
    }

    /** {@inheritdoc} */
    public function describe($verbose)
    {
        return 'json';
    }

    #[\Override]
    public function version($which)
    {
        return 1;
    }

    // PHP calls magic methods with fixed arguments.
    public function __call($name, $arguments)
    {
        return null;
    }

    public function __set($name, $value)
    {
    }
}

class Iter implements IteratorAggregate
{
    // Built-in interface.
    public function getIterator(): Iterator
    {
        return new ArrayIterator([]);
    }
}

class Legacy extends UnknownBase
{
    // The parent class is not in the project: it may declare this method.
    public function run($input)
    {
        return 1;
    }
}

function variadic_reader($a, $b)
{
    return func_get_args();
}

function by_reference(array &$out, $unused, $_ignored)
{
    $out[] = 1;
}

function captured_by_closure(int $step)
{
    return function ($x) use ($step) { return $x + $step; };
}

function read_in_string(string $who)
{
    return "Hello {$who}";
}

// Closures are callbacks: their caller fixes the arity.
$sorted = usort($list, function ($a, $b) { return 0; });
$mapped = array_map(fn($item) => 1, []);
