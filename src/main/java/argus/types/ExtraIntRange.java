package argus.types;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The last choice {@link ArrForm#make} makes for a form that is not a list: where an
 * interval of extra int keys begins and ends. One set of arrays can be spelled with
 * different intervals, trading listed entries against extras:
 * {@code array{0: string, 1?: string, ...<int<3, max>, string>}} and
 * {@code array{0: string, 2?: never, ...<int<1, max>, string>}} are the same arrays, and
 * the local rules (trimming listed keys off the extras, folding entries into them) reach
 * either depending on the route. The choice here depends only on the arrays: the interval
 * needing the fewest entries, then the one with the highest start, then the lowest end.
 * Each key's state (absent, an extra, anything else) is fixed by the arrays, so the count
 * of entries an interval needs is too; the best interval ends next to a listed key or where
 * the current one ends, as the count is constant between keys whose state changes.
 */
final class ExtraIntRange {
    private enum State { EXTRA, ABSENT, OTHER }

    private ExtraIntRange() {
    }

    static ArrForm rebalance(ArrForm f) {
        if (f.list() || ArrForm.isNever(f.k())) {
            return f;
        }
        Norm keyNorm = Norm.of(f.k());
        IntSet ints = keyNorm.k().ints();
        if (!keyNorm.clauses().isEmpty() || !ints.range()) {
            return f;
        }
        TreeMap<Long, State> listed = new TreeMap<>();
        for (Type.ShapeEntry e : f.entries()) {
            if (e.key() instanceof Long x) {
                listed.put(x, state(f, e));
            }
        }
        if (listed.isEmpty()) {
            return f;
        }
        long lo = ints.min();
        long hi = ints.max();
        List<Long> los = candidates(lo, Long.MIN_VALUE, listed, 1);
        List<Long> his = candidates(hi, Long.MAX_VALUE, listed, -1);
        long bestLo = lo;
        long bestHi = hi;
        long bestCost = cost(lo, hi, lo, hi, listed);
        for (long l : los) {
            for (long h : his) {
                if (!IntSet.interval(l, h).range() || Math.max(l, lo) > Math.min(h, hi)) {
                    continue;
                }
                long c = cost(lo, hi, l, h, listed);
                if (c < bestCost || (c == bestCost && (l > bestLo || (l == bestLo && h < bestHi)))) {
                    bestCost = c;
                    bestLo = l;
                    bestHi = h;
                }
            }
        }
        if (bestLo == lo && bestHi == hi) {
            return f;
        }
        return respell(f, listed, lo, hi, bestLo, bestHi, keyNorm.k());
    }

    private static State state(ArrForm f, Type.ShapeEntry e) {
        if (e.optional() && ArrForm.isNever(e.type())) {
            return State.ABSENT;
        }
        return e.optional() && e.type().equals(f.v()) ? State.EXTRA : State.OTHER;
    }

    /** Where an end may go: kept when unbounded (infinitely many keys cannot be listed). */
    private static List<Long> candidates(long end, long unbounded, TreeMap<Long, State> listed, int inward) {
        List<Long> out = new ArrayList<>();
        out.add(end);
        if (end == unbounded) {
            return out;
        }
        for (long x : listed.keySet()) {
            out.add(x);
            if (x != Long.MAX_VALUE && x != Long.MIN_VALUE) {
                out.add(x + inward);
            }
        }
        return out;
    }

    /** Entries needed with extras {@code [l, h]}; Long.MAX_VALUE when too many to count. */
    private static long cost(long lo, long hi, long l, long h, TreeMap<Long, State> listed) {
        long c = 0;
        for (var e : listed.entrySet()) {
            boolean inside = l <= e.getKey() && e.getKey() <= h;
            State s = e.getValue();
            if (s == State.OTHER || (s == State.EXTRA) != inside) {
                c++;
            }
        }
        try {
            if (l != lo) {
                c = Math.addExact(c, unlisted(Math.min(lo, l), Math.max(lo, l) - 1, listed));
            }
            if (h != hi) {
                c = Math.addExact(c, unlisted(Math.min(hi, h) + 1, Math.max(hi, h), listed));
            }
        } catch (ArithmeticException overflow) {
            return Long.MAX_VALUE;
        }
        return c;
    }

    /** Keys of {@code [a, b]} no entry lists: they change state with the interval. */
    private static long unlisted(long a, long b, TreeMap<Long, State> listed) {
        if (a > b) {
            return 0;
        }
        return Math.addExact(Math.subtractExact(b, a), 1) - listed.subMap(a, true, b, true).size();
    }

    private static ArrForm respell(ArrForm f, TreeMap<Long, State> listed, long lo, long hi, long l, long h,
            KPart keys) {
        List<Type.ShapeEntry> out = new ArrayList<>();
        for (Type.ShapeEntry e : f.entries()) {
            if (!(e.key() instanceof Long x)) {
                out.add(e);
                continue;
            }
            State s = listed.get(x);
            boolean inside = l <= x && x <= h;
            if (s == State.OTHER || (s == State.EXTRA) != inside) {
                out.add(e);
            }
        }
        // an unbounded end never moves (see candidates), so these differences are finite
        if (l != lo) {
            addChanged(out, Math.min(lo, l), Math.max(lo, l) - 1, lo, hi, listed, f.v());
        }
        if (h != hi) {
            addChanged(out, Math.min(hi, h) + 1, Math.max(hi, h), lo, hi, listed, f.v());
        }
        Type k = keys.withInts(IntSet.interval(l, h)).toType();
        return new ArrForm(sortedByKey(out), k, f.v(), false, f.ne());
    }

    /** Lists the unlisted keys of {@code [a, b]} as they were: extras inside the old interval, absent outside. */
    private static void addChanged(List<Type.ShapeEntry> out, long a, long b, long lo, long hi,
            TreeMap<Long, State> listed, Type v) {
        for (long x = a; x <= b && x >= a; x++) {
            if (!listed.containsKey(x)) {
                boolean wasExtra = lo <= x && x <= hi;
                out.add(new Type.ShapeEntry(x, wasExtra ? v : Type.NEVER, true));
            }
            if (x == Long.MAX_VALUE) {
                break;
            }
        }
    }

    private static List<Type.ShapeEntry> sortedByKey(List<Type.ShapeEntry> es) {
        List<Type.ShapeEntry> out = new ArrayList<>(es);
        out.sort((a, b) -> ArrForm.KEY_ORDER.compare(a.key(), b.key()));
        return out;
    }
}
