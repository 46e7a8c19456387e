package argus.index;

import argus.config.PhpVersion;
import argus.config.PhpVersionRange;

import java.util.List;

/** A global constant of an extension. */
public record BuiltinConstant(String name, String ext, PhpVersionRange known, List<Variant> variants)
        implements VersionedSymbol<BuiltinConstant.Variant> {
    public BuiltinConstant {
        variants = List.copyOf(variants);
    }

    /**
     * {@code type} is the PHP type of the value ("int", "string", ...). {@code value} (Integer,
     * Long, BigInteger, Double, String, Boolean or null) is absent when it depends on the build
     * (paths, library versions, patch level, platform) or is not representable in JSON (NAN, INF);
     * {@link #hasValue} tells absent from null. Integer limits are those of 64-bit builds.
     */
    public record Variant(PhpVersion since, PhpVersion until, String ext, String type, Object value,
                          boolean deprecated) implements Versioned {
        public boolean hasValue() {
            return value != null || "null".equals(type);
        }
    }
}
