package argus.index;

import argus.config.PhpVersion;
import argus.config.PhpVersionRange;

import java.util.ArrayList;
import java.util.List;

/**
 * A built-in symbol whose variants cover the versions it exists in. {@link #known()} is the range
 * of versions in which presence was actually checked: 7.2..8.4 for most symbols, just 8.2 for
 * those of extensions only Debian's php has. Outside it the answer is {@link Presence#UNKNOWN},
 * except that a symbol which appeared after the oldest checked version is taken as absent before
 * it too, and one removed before the newest as absent after it: PHP does not bring symbols back.
 */
public interface VersionedSymbol<V extends Versioned> {
    PhpVersionRange known();

    /** Non-empty, in version order, with disjoint ranges. */
    List<V> variants();

    default Presence presenceIn(PhpVersion v) {
        if (variantIn(v) != null) {
            return Presence.PRESENT;
        }
        PhpVersionRange k = known();
        if (k.contains(v)) {
            return Presence.ABSENT;
        }
        List<V> vs = variants();
        boolean edgeOpen = v.compareTo(k.min()) < 0 ? vs.get(0).since() == null : vs.get(vs.size() - 1).until() == null;
        return edgeOpen ? Presence.UNKNOWN : Presence.ABSENT;
    }

    /** The variant valid in {@code v}, or null where the symbol is absent or its presence unknown. */
    default V variantIn(PhpVersion v) {
        PhpVersionRange k = known();
        for (V x : variants()) {
            PhpVersion lo = x.since() != null ? x.since() : k.min();
            PhpVersion hi = x.until() != null ? x.until() : k.max();
            if (v.compareTo(lo) >= 0 && v.compareTo(hi) <= 0) {
                return x;
            }
        }
        return null;
    }

    /**
     * The variant for {@code v}, or, where presence in {@code v} is unknown because it lies beyond
     * the checked versions, the variant at the nearest checked edge: the best guess for 8.5 is 8.4.
     */
    default V nearestVariant(PhpVersion v) {
        V exact = variantIn(v);
        if (exact != null || presenceIn(v) != Presence.UNKNOWN) {
            return exact;
        }
        List<V> vs = variants();
        return v.compareTo(known().min()) < 0 ? vs.get(0) : vs.get(vs.size() - 1);
    }

    /** Versions of {@code range} in which the symbol is known to be absent. */
    default List<PhpVersion> missingIn(PhpVersionRange range) {
        return versionsIn(range, Presence.ABSENT);
    }

    /** Versions of {@code range} for which the data cannot tell. */
    default List<PhpVersion> unknownIn(PhpVersionRange range) {
        return versionsIn(range, Presence.UNKNOWN);
    }

    /** True when the symbol is known to exist in every version of {@code range}. */
    default boolean existsInAll(PhpVersionRange range) {
        return versionsIn(range, Presence.PRESENT).size() == versionsIn(range, null).size();
    }

    default boolean existsInAny(PhpVersionRange range) {
        return !versionsIn(range, Presence.PRESENT).isEmpty();
    }

    /**
     * The first version in which the symbol is deprecated, or null if it never is. When it is
     * already deprecated in the oldest checked version, that version is returned: the deprecation
     * may be older.
     */
    default PhpVersion deprecatedSince() {
        for (V x : variants()) {
            if (x.deprecated()) {
                return x.since() != null ? x.since() : known().min();
            }
        }
        return null;
    }

    default boolean deprecatedIn(PhpVersion v) {
        V x = nearestVariant(v);
        return x != null && x.deprecated();
    }

    private List<PhpVersion> versionsIn(PhpVersionRange range, Presence wanted) {
        List<PhpVersion> out = new ArrayList<>();
        for (PhpVersion v : PhpVersion.KNOWN) {
            if (range.contains(v) && (wanted == null || presenceIn(v) == wanted)) {
                out.add(v);
            }
        }
        return out;
    }
}
