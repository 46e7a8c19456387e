package argus.config;

/** The PHP versions code must run on: every known minor version from {@code min} to {@code max}. */
public record PhpVersionRange(PhpVersion min, PhpVersion max) {
    public static final PhpVersionRange NEWEST = new PhpVersionRange(PhpVersion.NEWEST, PhpVersion.NEWEST);

    public PhpVersionRange {
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("empty PHP version range " + min + ".." + max);
        }
    }

    /** "8.1" or "7.4..8.4". */
    public static PhpVersionRange parse(String text) {
        int dots = text.indexOf("..");
        if (dots < 0) {
            PhpVersion v = PhpVersion.parse(text);
            return new PhpVersionRange(v, v);
        }
        return new PhpVersionRange(PhpVersion.parse(text.substring(0, dots)), PhpVersion.parse(text.substring(dots + 2)));
    }

    /**
     * The PHP versions a Composer constraint ({@code require.php}) admits, clamped to
     * {@link PhpVersion#KNOWN}: {@code ^7.4 || ^8.0} is 7.4..newest, {@code >=7.2 <8.3} is 7.2..8.2,
     * {@code ~8.1.0} is 8.1. Throws IllegalArgumentException, with a message for the user, when the
     * constraint cannot be read or admits no known version.
     */
    public static PhpVersionRange fromComposerConstraint(String constraint) {
        return ComposerConstraint.toRange(constraint);
    }

    public boolean contains(PhpVersion v) {
        return v.compareTo(min) >= 0 && v.compareTo(max) <= 0;
    }

    @Override
    public String toString() {
        return min.equals(max) ? min.toString() : min + ".." + max;
    }
}
