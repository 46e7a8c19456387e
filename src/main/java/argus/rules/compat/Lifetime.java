package argus.rules.compat;

import argus.config.PhpVersion;
import argus.config.PhpVersionRange;

/**
 * When a built-in symbol exists: from {@code since} (null: already in the oldest version argus
 * knows) until just before {@code removed} (null: still in the newest), deprecated from
 * {@code deprecated} (null: never). {@code extension} names the extension that left PHP's
 * distribution with the symbol (mysql, mcrypt, ...), null when the symbol went alone.
 */
public record Lifetime(PhpVersion since, PhpVersion deprecated, PhpVersion removed, SymbolTable.Extension extension) {

    /** Some targeted version is older than the symbol. */
    public boolean newerThan(PhpVersionRange range) {
        return since != null && range.min().compareTo(since) < 0;
    }

    /** Some targeted version comes after the symbol's removal. */
    public boolean removedIn(PhpVersionRange range) {
        return removed != null && range.max().atLeast(removed);
    }

    /** Some targeted version deprecates the symbol. */
    public boolean deprecatedIn(PhpVersionRange range) {
        return deprecated != null && range.max().atLeast(deprecated);
    }
}
