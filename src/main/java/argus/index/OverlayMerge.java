package argus.index;

import argus.config.PhpVersion;
import argus.config.PhpVersionRange;
import argus.index.BuiltinClass.Member;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Load-time completion of the JSON records: overlay facts and inherited version bounds. */
final class OverlayMerge {
    private OverlayMerge() {
    }

    /**
     * Fills return types Reflection lacks and overlay deprecations into the variants, splitting a
     * variant where the overlay's ranges cut it. A bound stays null where it was null, so "from the
     * oldest checked version, maybe earlier" survives the split.
     */
    static List<Signature> apply(List<Signature> variants, PhpVersionRange known, FunctionFacts facts,
                                 List<PhpVersion> versions) {
        if (facts.returns().isEmpty() && facts.deprecated() == null) {
            return variants;
        }
        List<Signature> out = new ArrayList<>();
        for (Signature s : variants) {
            PhpVersion lo = s.since() != null ? s.since() : known.min();
            PhpVersion hi = s.until() != null ? s.until() : known.max();
            Signature open = null;
            for (PhpVersion v : versions) {
                if (v.compareTo(lo) < 0 || v.compareTo(hi) > 0) {
                    continue;
                }
                String returns = s.returns();
                for (FunctionFacts.ReturnType r : facts.returns()) {
                    if (returns == null && r.covers(v)) {
                        returns = r.type();
                    }
                }
                boolean deprecated = s.deprecated() || (facts.deprecated() != null && v.atLeast(facts.deprecated()));
                PhpVersion until = v.equals(hi) ? s.until() : v;
                if (open != null && Objects.equals(open.returns(), returns) && open.deprecated() == deprecated) {
                    open = open.with(open.since(), until, returns, deprecated);
                } else {
                    if (open != null) {
                        out.add(open);
                    }
                    open = s.with(v.equals(lo) ? s.since() : v, until, returns, deprecated);
                }
            }
            if (open != null) {
                out.add(open);
            }
        }
        return out;
    }

    /**
     * Gives the class its known range and bounds its members by the class's own: in the JSON a
     * member's open since means "since its class exists", which for WeakMap is 8.0.
     */
    static BuiltinClass resolve(BuiltinClass c, PhpVersionRange all) {
        PhpVersionRange known = c.known() != null ? c.known() : all;
        PhpVersion from = c.variants().get(0).since();
        PhpVersion to = c.variants().get(c.variants().size() - 1).until();
        return new BuiltinClass(c.name(), c.ext(), known, c.variants(),
                members(c.methods(), known, from, to, BuiltinClass.MethodVariant::withRange),
                members(c.properties(), known, from, to, BuiltinClass.PropertyVariant::withRange),
                members(c.constants(), known, from, to, BuiltinClass.ConstantVariant::withRange),
                members(c.cases(), known, from, to, BuiltinClass.CaseVariant::withRange));
    }

    interface WithRange<V> {
        V apply(V variant, PhpVersion since, PhpVersion until);
    }

    private static <V extends Versioned> Map<String, Member<V>> members(Map<String, Member<V>> in,
            PhpVersionRange known, PhpVersion from, PhpVersion to, WithRange<V> withRange) {
        if (in.isEmpty()) {
            return in;
        }
        Map<String, Member<V>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Member<V>> e : in.entrySet()) {
            Member<V> m = e.getValue();
            List<V> variants = m.variants();
            if (from != null || to != null) {
                variants = new ArrayList<>(variants.size());
                for (V v : m.variants()) {
                    boolean bound = (v.since() == null && from != null) || (v.until() == null && to != null);
                    variants.add(bound ? withRange.apply(v, v.since() != null ? v.since() : from,
                            v.until() != null ? v.until() : to) : v);
                }
            }
            out.put(e.getKey(), new Member<>(m.name() != null ? m.name() : e.getKey(),
                    m.known() != null ? m.known() : known, variants));
        }
        return Collections.unmodifiableMap(out);
    }
}
