package argus.config;

import java.util.List;

/**
 * A PHP minor version, e.g. 7.4 or 8.3, as one comparable number (major * 100 + minor).
 * {@link #KNOWN} lists the versions argus has data for.
 */
public record PhpVersion(int major, int minor) implements Comparable<PhpVersion> {
    public static final List<PhpVersion> KNOWN = List.of(
            new PhpVersion(5, 6), new PhpVersion(7, 0), new PhpVersion(7, 1), new PhpVersion(7, 2),
            new PhpVersion(7, 3), new PhpVersion(7, 4), new PhpVersion(8, 0), new PhpVersion(8, 1),
            new PhpVersion(8, 2), new PhpVersion(8, 3), new PhpVersion(8, 4), new PhpVersion(8, 5));
    public static final PhpVersion OLDEST = KNOWN.get(0);
    public static final PhpVersion NEWEST = KNOWN.get(KNOWN.size() - 1);

    /** "8.1" or "8.1.3" (the patch level is ignored); throws IllegalArgumentException otherwise. */
    public static PhpVersion parse(String text) {
        String[] parts = text.trim().split("\\.");
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException("not a PHP version: '" + text + "' (expected e.g. 8.1)");
        }
        try {
            PhpVersion v = new PhpVersion(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            if (!KNOWN.contains(v)) {
                throw new IllegalArgumentException("unknown PHP version " + v + " (argus knows " + OLDEST + " to " + NEWEST + ")");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a PHP version: '" + text + "' (expected e.g. 8.1)");
        }
    }

    public int id() {
        return major * 100 + minor;
    }

    @Override
    public int compareTo(PhpVersion o) {
        return Integer.compare(id(), o.id());
    }

    public boolean atLeast(PhpVersion other) {
        return compareTo(other) >= 0;
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
