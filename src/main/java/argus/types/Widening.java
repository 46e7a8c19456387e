package argus.types;

import java.util.ArrayList;
import java.util.List;

/**
 * Widening for loop heads. Each part of a type that grew jumps to a coarser value from
 * which it can climb only a few more times:
 * <ul>
 * <li>ints: to their hull, and a bound that moved goes to min or max (at most 4 changes);</li>
 * <li>strings: literals go into their base (then at most 3 steps up the chain);</li>
 * <li>arrays: all forms become one {@code array<K, V>} (or list), K and V widened in turn,
 *     and below {@link #MAX_DEPTH} nested arrays any change is mixed;</li>
 * <li>clauses: restrictions are dropped, and past {@link #MAX_CLAUSES} they give way to
 *     their kinds (objects to object);</li>
 * <li>the other kinds are finite flags.</li>
 * </ul>
 * A part seen for the first time is kept as it is: the first iteration loses nothing.
 */
final class Widening {
    static final int MAX_DEPTH = 3;
    static final int MAX_CLAUSES = 8;

    private Widening() {
    }

    static Type widen(Type prev, Type next) {
        return widen(Norm.of(prev), Norm.of(next), 0).toType();
    }

    private static Norm widen(Norm p, Norm n, int depth) {
        Norm j = p.join(n);
        if (j.equals(p)) {
            return p;
        }
        if (depth >= MAX_DEPTH) {
            return new Norm(KPart.TOP, List.of());
        }
        KPart k = kinds(p.k(), j.k(), depth);
        List<Clause> cs = j.clauses();
        if (!p.clauses().isEmpty() && !cs.equals(p.clauses())) {
            List<Clause> loose = new ArrayList<>();
            for (Clause c : cs) {
                Clause full = Clause.make(c.atoms(), c.hullOfAtoms());
                if (full != null && !loose.contains(full)) {
                    loose.add(full);
                }
            }
            cs = loose;
            if (cs.size() > MAX_CLAUSES) {
                for (Clause c : cs) {
                    k = k.join(c.k());
                }
                cs = List.of();
            }
        }
        return Norm.prune(k, cs);
    }

    private static KPart kinds(KPart p, KPart j, int depth) {
        IntSet ints = j.ints();
        if (!p.ints().isEmpty() && !ints.equals(p.ints())) {
            IntSet hull = ints.hull();
            long lo = hull.min() < p.ints().min() ? Long.MIN_VALUE : hull.min();
            long hi = hull.max() > p.ints().max() ? Long.MAX_VALUE : hull.max();
            ints = IntSet.interval(lo, hi);
        }
        StrSet strs = j.strs();
        if (!p.strs().isEmpty() && !strs.equals(p.strs())) {
            strs = strs.withoutLiterals();
        }
        ArrSet arrs = j.arrs();
        if (!p.arrs().isEmpty() && !arrs.equals(p.arrs())) {
            arrs = collapse(p.arrs(), arrs, depth);
        }
        return j.withInts(ints).withStrs(strs).withArrs(arrs);
    }

    private static ArrSet collapse(ArrSet p, ArrSet j, int depth) {
        Type key = widen(Norm.of(keys(p)), Norm.of(keys(j)), depth + 1).toType();
        Type value = widen(Norm.of(values(p)), Norm.of(values(j)), depth + 1).toType();
        boolean list = j.forms().stream().allMatch(ArrForm::list);
        return ArrSet.of(ArrForm.make(List.of(), key, value, list, false));
    }

    private static Type keys(ArrSet s) {
        List<Type> all = new ArrayList<>();
        for (ArrForm f : s.forms()) {
            all.add(f.k());
            f.entries().stream().filter(e -> !ArrForm.isNever(e.type()))
                    .forEach(e -> all.add(ArrForm.keyType(e.key())));
        }
        return Lattice.joinAll(all);
    }

    private static Type values(ArrSet s) {
        List<Type> all = new ArrayList<>();
        for (ArrForm f : s.forms()) {
            all.add(f.v());
            f.entries().forEach(e -> all.add(e.type()));
        }
        return Lattice.joinAll(all);
    }
}
