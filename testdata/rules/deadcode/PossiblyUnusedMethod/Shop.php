<?php
// argus-test: entryPoints=Shop\Controller::*Action
namespace Shop;

class Cart implements \Countable, \IteratorAggregate, \JsonSerializable {
    public function __construct(private array $items = []) {}    // accepted: a constructor
    public function total(): int { return 0; }                   // accepted: called on a Cart in app.php
    public function discount(): int { return 0; }                // expect: PossiblyUnusedMethod "Method Shop\Cart::discount() is never called"
    protected function audit(): void {}                          // expect: PossiblyUnusedMethod
    public static function fromSession(): self { return new self(); }   // expect: PossiblyUnusedMethod
    public function helper(): void {}                            // expect: PossiblyUnusedMethod
    public function depth(int $n): int { return $n ? $this->depth($n - 1) : 0; }   // expect: PossiblyUnusedMethod
    public function count(): int { return 0; }                   // accepted: Countable, called by count($cart)
    public function getIterator(): \Iterator { return new \ArrayIterator([]); }   // accepted: IteratorAggregate
    public function jsonSerialize(): mixed { return []; }        // accepted: JsonSerializable
    public function __toString(): string { return ''; }          // accepted: magic
    public function onSave(): void {}                            // accepted: a callable [$this, 'onSave']
    public function register(): void { add_action('save', [$this, 'onSave']); }   // accepted: called in app.php
}

class Invoice {
    public function total(): int { return 1; }                   // expect: PossiblyUnusedMethod
    public function render(): string { return ''; }              // accepted: render() is called on an unknown value
}

interface Handler {
    public function handle(): void;                              // accepted: called through the interface
}

class MailHandler implements Handler {
    public function handle(): void {}                            // accepted: implements a used interface method
}

abstract class Job {
    public function run(): void {}                               // accepted: called on a Job
    public function dispatch(string $step): void {
        $this->$step();                                          // any method of Job may be called here
    }
    public function stepOne(): void {}                           // accepted: reachable through $this->$step()
}

class ReportJob extends Job {
    public function run(): void {}                               // accepted: overrides a used method
    public function getTitle(): string { return ''; }            // accepted: $this->{'get' . $f}() in app.php
}

class Controller {
    public function indexAction(): void {}                       // accepted: an entry point of argus.json
    #[Route('/about')]
    public function about(): void {}                             // accepted: a framework attribute routes to it
}

// In a namespace, a method named like its class is no constructor.
class Legacy {
    function Legacy() {}                                         // expect: PossiblyUnusedMethod
}

class Widget extends \Vendor\Base {
    public function configure(): void {}                         // accepted: may override the unknown parent
}

trait Greets {
    public function greet(): string { return 'hi'; }             // accepted: called on a class using the trait
}

class Greeter {
    use Greets;
}
