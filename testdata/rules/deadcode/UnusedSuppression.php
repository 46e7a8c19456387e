<?php
// argus-test: rules=UnusedSuppression,ParseError
// Stale or mistyped suppressions are reported where they are written.

// expect@+1: UnusedSuppression "ParseError"
// @argus-ignore ParseError
function clean(): int { return 1; }

// expect@+1: UnusedSuppression "did you mean ParseError"
// @argus-ignore ParseErorr
$x = 1;

// expect@+3: UnusedSuppression "unknown rule 'NoSuchRuleAnywhere'"
/**
 * A docblock suppression for the whole declaration.
 * @argus-suppress NoSuchRuleAnywhere
 */
function documented(): void {}

// Other tools' spellings are honoured but never reported: they check other things.
// @psalm-suppress PossiblyNullReference
$y = 2;
/** @phpstan-ignore-next-line */
$z = 3;
$w = 4; // @phpstan-ignore-line
// Text that merely mentions a suppression is no suppression.
$s = "// @argus-ignore ParseError";
