<?php
#[Attribute(Attribute::TARGET_CLASS | Attribute::TARGET_METHOD)]
final class Route
{
    public function __construct(public string $path = '/', public array $methods = ['GET']) {}
}

#[Route('/users', methods: ['GET', 'POST']), Deprecated]
#[\Foo\Bar]
class UserController
{
    #[Route('/show')]
    public function show(#[SensitiveParameter] string $password): void {}

    #[ORM\Column(type: 'string', length: 255)]
    private string $name;

    #[Deprecated(message: 'use X', since: '8.4')]
    const OLD = 1;
}

$f = #[Pure] fn(int $x): int => $x * 2;
$g = #[Pure] static function () {};
#[Attr] function top(): void {}
