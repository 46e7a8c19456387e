<?php
// Parameters whose value the body never reads, where the signature is the author's own.

// A function may be a callback registered anywhere by its name: its caller fixes the arity.
function format_price(float $amount, string $currency): string
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

    // Private: every caller is in this class, so an unused parameter before a used one is reported too.
    private function render(array $data, string $template): string // expect: UnusedParam "$data"
    {
        return $template;
    }

    // Registered as a callback by name: the caller passes the arguments.
    private function onMatch(array $matches, int $offset): string
    {
        return 'x';
    }

    public function replace(string $s): string
    {
        $this->log($s, 1);
        return preg_replace_callback('/x/', [$this, 'onMatch'], $this->render([], $s));
    }

    // PHP calls stream wrapper methods with its own arguments.
    public function stream_open($path, $mode, $options, &$opened_path)
    {
        return true;
    }

    /**
     * @param int $flags Not used, kept for compatibility.
     */
    public function flush(int $flags = 0): bool
    {
        return true;
    }

    /** @deprecated since 2.0 */
    public function legacy(string $mode): bool
    {
        return true;
    }

    // A by-reference parameter is the callee's business with its caller.
    public function fill(array &$out, array $in): void
    {
        foreach ($in as $v) {
            echo $v;
        }
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

final class ListTable
{
    // Each column is rendered by the method its name picks: the caller passes the row.
    public function render(array $row, array $columns): string
    {
        $out = '';
        foreach ($columns as $column) {
            $out .= call_user_func([$this, 'column_' . $column], $row);
            $out .= $this->{"cell_{$column}"}($row);
        }
        return $out;
    }

    public function column_title(array $row): string
    {
        return 'title';
    }

    public function cell_title(array $row): string
    {
        return 'cell';
    }

    // Not picked by any computed name: its own unused parameter is reported.
    public function columnCount(array $row): int // expect: UnusedParam "$row"
    {
        return 2;
    }

    // A string glued to a value is not a method name unless it could start one.
    public function label(string $text): string
    {
        return 'Error: ' . $text . $this->format_label(1);
    }

    private function format_label(int $style): string // expect: UnusedParam "$style"
    {
        return 'label';
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
