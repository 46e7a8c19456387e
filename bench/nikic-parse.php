<?php
// nikic/php-parser (Debian's php-parser package, 4.x) on every file named in the list file argv[1],
// in one process: the parser PHPStan and Psalm are built on. Prints how many files did not parse.
require '/usr/share/php/PhpParser/autoload.php';
$parser = (new PhpParser\ParserFactory)->create(PhpParser\ParserFactory::PREFER_PHP7);
$files = file($argv[1], FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES);
$failed = 0;
foreach ($files as $file) {
    try {
        $parser->parse(file_get_contents($file));
    } catch (PhpParser\Error $e) {
        $failed++;
    }
}
echo count($files), " files, ", $failed, " with syntax errors\n";
