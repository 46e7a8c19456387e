package argus.rules.compat;

import argus.config.PhpVersion;
import argus.config.PhpVersionRange;
import java.util.HashSet;
import java.util.Set;

/**
 * What a guard condition tells where it holds: symbols checked to exist
 * ({@code function_exists}, {@code class_exists}, {@code defined}, {@code extension_loaded},
 * {@code method_exists}) and bounds on the running PHP version ({@code PHP_VERSION_ID},
 * {@code version_compare}). Version bounds are version ids (major * 100 + minor, as
 * {@link PhpVersion#id()}), inclusive. Function, class, extension and method names are lower
 * case; constants keep their case.
 */
record GuardFacts(Set<String> functions, Set<String> classes, Set<String> constants, Set<String> extensions,
                  Set<String> methods, int minId, int maxId) {
    static final GuardFacts NONE = new GuardFacts(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), 0, Integer.MAX_VALUE);

    GuardFacts {
        functions = Set.copyOf(functions);
        classes = Set.copyOf(classes);
        constants = Set.copyOf(constants);
        extensions = Set.copyOf(extensions);
        methods = Set.copyOf(methods);
    }

    static GuardFacts versions(int minId, int maxId) {
        return new GuardFacts(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), minId, maxId);
    }

    boolean isNone() {
        return equals(NONE);
    }

    /** Both hold (`a && b`, or two nested guards). */
    GuardFacts and(GuardFacts o) {
        if (isNone()) {
            return o;
        }
        if (o.isNone()) {
            return this;
        }
        return new GuardFacts(union(functions, o.functions), union(classes, o.classes), union(constants, o.constants),
                union(extensions, o.extensions), union(methods, o.methods), Math.max(minId, o.minId), Math.min(maxId, o.maxId));
    }

    /** One of them holds (`a || b`): only what both say. */
    GuardFacts or(GuardFacts o) {
        return new GuardFacts(common(functions, o.functions), common(classes, o.classes), common(constants, o.constants),
                common(extensions, o.extensions), common(methods, o.methods), Math.min(minId, o.minId), Math.max(maxId, o.maxId));
    }

    /** The targeted versions this code can run on, or null when none can (a guard for versions outside the range). */
    PhpVersionRange narrow(PhpVersionRange range) {
        if (minId == 0 && maxId == Integer.MAX_VALUE) {
            return range;
        }
        PhpVersion lo = null;
        PhpVersion hi = null;
        for (PhpVersion v : PhpVersion.KNOWN) {
            if (range.contains(v) && v.id() >= minId && v.id() <= maxId) {
                lo = lo == null ? v : lo;
                hi = v;
            }
        }
        return lo == null ? null : new PhpVersionRange(lo, hi);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        if (a.isEmpty()) {
            return b;
        }
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return out;
    }

    private static Set<String> common(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.retainAll(b);
        return out;
    }
}
