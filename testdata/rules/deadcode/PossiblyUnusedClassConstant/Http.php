<?php
namespace Http;

interface Status {
    const OK = 200;                            // accepted: read as static::OK in Response
    const GONE = 410;                          // expect: PossiblyUnusedClassConstant "Constant Http\Status::GONE is never used"
}

class Response implements Status {
    public const TYPE = 'text/html';           // accepted: Response::TYPE in app.php
    protected const LIMIT = 10;                // expect: PossiblyUnusedClassConstant
    const VERSION = '1.1', ENCODING = 'utf-8'; // expect: PossiblyUnusedClassConstant "ENCODING"
    const LEGACY = 1;                          // accepted: named in constant('Http\Response::LEGACY')
    private const SECRET = 'x';                // accepted: private members are judged per file

    public function ok(): bool { return static::OK === 200 && self::VERSION !== ''; }
}

class Plugin extends \Vendor\Plugin {
    const HOOK = 'init';                       // accepted: the unknown parent may read static::HOOK
}

enum Suit: string {
    case Hearts = 'H';                         // accepted: enum cases are not judged
    const Wild = self::Hearts;                 // expect: PossiblyUnusedClassConstant
}
