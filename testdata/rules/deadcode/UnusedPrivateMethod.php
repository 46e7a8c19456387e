<?php
// Private methods nothing in their class calls.

class Report
{
    private function unusedHelper(): void // expect: UnusedPrivateMethod "unusedHelper() is never used"
    {
    }

    private static function neverCalled(): int // expect: UnusedPrivateMethod "neverCalled()"
    {
        return 1;
    }

    private function computeLimit(int $n): int // expect: UnusedPrivateMethod "computeLimit()"
    {
        return $n > 0 ? 0 : 1;
    }

    public function render(array $rows): string
    {
        usort($rows, [$this, 'compare']);
        $format = \Closure::fromCallable([$this, 'format']);
        $trim = $this->trim(...);
        $sum = array_map('self::double', $rows);
        $header = self::header();
        $footer = static::footer();
        $other = new self();
        $other->viaOtherInstance();
        return $format($rows) . $trim('x') . $header . $footer . count($sum);
    }

    private function compare($a, $b): int { return 0; }
    private function format(array $rows): string { return ''; }
    private function trim(string $s): string { return $s; }
    private static function double(int $x): int { return $x * 2; }
    private static function header(): string { return ''; }
    private static function footer(): string { return ''; }
    private function viaOtherInstance(): void {}

    // Private constructors and __clone forbid; magic methods are called by PHP.
    private function __construct() {}
    private function __clone() {}
    private function __wakeup() {}

    /** @dataProvider provideCases */
    public function testSomething(): void {}
    private function provideCases(): array { return []; }
}

class Dispatcher
{
    // The method name is computed: any private method may be the one called.
    public function dispatch(string $action)
    {
        return $this->{'on' . $action}();
    }

    private function onSave() {}
}

class WithTrait
{
    use SomeHelpers; // trait methods may call the class's private methods

    private function calledFromTrait() {}
}
