<?php
/**
 * The code argus parses while the command line is read (see argus.parse.WarmUp): the shapes
 * that fill most real files, so that the parser's classes, prediction caches and hottest
 * methods are ready when the first file arrives. Parsed in pieces, split at the lines
 * "// ----", so that the warm-up can stop soon after it is told to.
 */
declare(strict_types=1);

namespace Acme\Shop\Orders;

use Acme\Shop\Money\{Amount, Currency};
use Acme\Shop\Contracts\OrderRepository as Repository;
use function sprintf, array_map;
use const PHP_EOL;

interface Totalled
{
    public function total(): Amount;
}

// ----
abstract class BaseOrder implements Totalled, \Countable
{
    public const STATUS_NEW = 'new';
    protected const STATUSES = [self::STATUS_NEW, 'paid', 'shipped'];

    /** @var array<int, Line> */
    protected array $lines = [];
    private static int $created = 0;

    public function __construct(protected readonly string $id, private ?Currency $currency = null)
    {
        self::$created++;
        $this->currency = $currency ?? new Currency('EUR');
    }

    abstract protected function discount(Amount $amount): Amount;

    public function add(string $sku, int $quantity = 1, float $price = 0.0): static
    {
        if ($quantity <= 0) {
            throw new \InvalidArgumentException("Quantity must be positive, got {$quantity} for $sku");
        } elseif (isset($this->lines[$sku]) && !empty($this->lines[$sku]->sku)) {
            $this->lines[$sku]->quantity += $quantity;
        } else {
            $this->lines[$sku] = new Line($sku, $quantity, $price);
        }
        return $this;
    }

    public function count(): int
    {
        return \count($this->lines);
    }

    public function total(): Amount
    {
        $sum = 0.0;
        foreach ($this->lines as $sku => $line) {
            $sum += $line->price * $line->quantity;
        }
        for ($i = 0, $n = count($this->lines); $i < $n; ++$i) {
            $sum = round($sum, 2);
        }
        return $this->discount(new Amount($sum, $this->currency));
    }

    public static function describe(array $row, string $prefix = ''): string
    {
        $parts = array_map(static fn($v) => is_array($v) ? json_encode($v) : (string) $v, $row);
        $text = $prefix . implode(', ', $parts) . PHP_EOL;
        switch ($row['status'] ?? null) {
            case self::STATUS_NEW:
            case 'paid':
                $text .= 'open';
                break;
            default:
                $text .= sprintf('%s (%d)', $row['status'], $row['id'] ?? 0);
        }
        return match (true) {
            strlen($text) > 80 => substr($text, 0, 77) . '...',
            default => $text,
        };
    }
}

// ----
final class Order extends BaseOrder
{
    private $handlers = array();

    protected function discount(Amount $amount): Amount
    {
        $rate = $this->count() > 10 ? 0.1 : ($this->count() > 5 ? 0.05 : 0);
        return $amount->times(1 - $rate);
    }

    public function on($event, callable $handler)
    {
        $this->handlers[$event][] = $handler;
        $self = $this;
        return function () use ($event, $self, &$handler) {
            unset($self->handlers[$event]);
            return $handler;
        };
    }

    public function save(Repository $repository): void
    {
        try {
            $repository->store($this->id, ['lines' => $this->lines, 'total' => $this->total()->value]);
        } catch (\RuntimeException | \LogicException $e) {
            error_log('could not save order ' . $this->id . ': ' . $e->getMessage());
        } finally {
            $this->handlers = [];
        }
        while (false !== ($pos = strpos($this->id, '-'))) {
            list($head, $tail) = explode('-', $this->id, 2);
            [$a, [$b, $c]] = [$head, [$tail, null]];
            break;
        }
    }
}

class Line
{
    public function __construct(public string $sku, public int $quantity, public float $price)
    {
    }
}

// ----
function render_orders(array $orders, $echo = true)
{
    global $wpdb;
    $html = '<ul class="orders">';
    foreach ($orders as $i => $order) {
        if (!$order instanceof Order) {
            continue;
        }
        $html .= '<li id="order-' . $i . '">' . htmlspecialchars((string) $order->count()) . '</li>';
    }
    $rows = $wpdb->get_results($wpdb->prepare("SELECT * FROM {$wpdb->prefix}orders WHERE id = %d", $orders[0] ?? 0));
    $html .= <<<HTML
        <p>{$rows[0]->name} has $rows orders</p>
        HTML;
    if ($echo) :
        echo $html;
    endif;
    return $echo ? null : $html;
}

// ----
$order = (new Order('o-1'))->add('apple', 3, 0.5)->add('pear');
$order?->on('save', fn() => print('saved'));
echo Order::describe(['status' => 'paid', 'id' => 7], prefix: '# ');
?>
<div class="footer"><?= date('Y') ?> Acme</div>
<?php
$config = ['debug' => false, 'cache' => ['ttl' => 3600, 'dir' => __DIR__ . '/cache'], 'hosts' => ['a', 'b']];
$value = $config['cache']['ttl'] ?? 60;
$value ??= 10;
$callback = [$order, 'total'];
$total = $callback()->value * 2 + $value - 1 / 3 % 2 ** 2;
$flags = E_ALL & ~E_NOTICE | E_STRICT;
@list('debug' => $debug) = $config;
