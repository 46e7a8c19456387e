<?php
// The baseline of bench/parse-bench.sh: PHP's own C parser, through the php-ast extension, on every
// file named in the list file argv[1], in one process. Prints how many files did not parse.
$files = file($argv[1], FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES);
$failed = 0;
foreach ($files as $file) {
    try {
        ast\parse_code(file_get_contents($file), 90);
    } catch (Error $e) { // ParseError, and CompileError for what PHP rejects while building the AST
        $failed++;
    }
}
echo count($files), " files, ", $failed, " with syntax errors\n";
