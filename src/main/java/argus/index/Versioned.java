package argus.index;

import argus.config.PhpVersion;

/**
 * One variant of a built-in symbol, valid from {@link #since} to {@link #until} (both inclusive).
 * A null bound means the variant reaches the edge of the versions checked for the symbol and
 * possibly beyond it: see {@link VersionedSymbol#known()}.
 */
public interface Versioned {
    PhpVersion since();

    PhpVersion until();

    default boolean deprecated() {
        return false;
    }
}
