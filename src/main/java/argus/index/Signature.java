package argus.index;

import argus.config.PhpVersion;

import java.util.List;

/**
 * A function's signature over a version range. {@code returns} is a type string such as
 * "int|false" or "?string", or null when unknown: Reflection on PHP 7 gives no return types for
 * most internal functions, and only the overlay fills some in. {@code ext} is the extension in these
 * versions when it differs from the function's (mt_rand moved from standard to random in 8.2).
 * {@code tentative} marks a tentative return type (PHP 8.1+, methods only).
 */
public record Signature(PhpVersion since, PhpVersion until, String ext, List<Param> params, String returns,
                        boolean tentative, boolean byRefReturn, boolean deprecated) implements Versioned {
    public Signature {
        params = params == null ? List.of() : List.copyOf(params);
    }

    Signature with(PhpVersion since, PhpVersion until, String returns, boolean deprecated) {
        return new Signature(since, until, ext, params, returns, tentative, byRefReturn, deprecated);
    }

    /** The number of arguments a call must pass. */
    public int requiredCount() {
        int n = 0;
        for (Param p : params) {
            if (!p.optional() && !p.variadic()) {
                n++;
            }
        }
        return n;
    }

    /** The most arguments a call may pass, or -1 when the last parameter is variadic. */
    public int maxCount() {
        return !params.isEmpty() && params.get(params.size() - 1).variadic() ? -1 : params.size();
    }
}
