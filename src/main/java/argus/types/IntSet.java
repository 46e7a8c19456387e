package argus.types;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The ints of a type: empty, at most {@link #MAX_LITERALS} listed values, or one interval
 * more than that wide. Why this family: it is closed under intersection, so every set of
 * ints has a smallest member of the family above it ({@link #closure}); union followed by
 * closure is then a true lattice join (associative), where "collapse literals past 8 to int"
 * is not ({@code (0|..|4) ∨ (5|..|8) ∨ int<0, 10>} would depend on the grouping). Past eight
 * values the literals become their hull, {@code int<lo, hi>}, and widening takes it from there.
 * Bounds are PHP's: {@code Long.MIN_VALUE} and {@code Long.MAX_VALUE} are {@code min} and {@code max}.
 */
record IntSet(List<Long> values, long lo, long hi, boolean range) {
    static final int MAX_LITERALS = 8;
    static final IntSet EMPTY = new IntSet(List.of(), 0, 0, false);
    static final IntSet ALL = new IntSet(List.of(), Long.MIN_VALUE, Long.MAX_VALUE, true);

    IntSet {
        values = List.copyOf(values);
    }

    static IntSet of(long v) {
        return new IntSet(List.of(v), 0, 0, false);
    }

    static IntSet interval(long lo, long hi) {
        return lo > hi ? EMPTY : closure(List.of(new long[] {lo, hi}));
    }

    boolean isEmpty() {
        return !range && values.isEmpty();
    }

    boolean isAll() {
        return range && lo == Long.MIN_VALUE && hi == Long.MAX_VALUE;
    }

    boolean contains(long v) {
        return range ? lo <= v && v <= hi : values.contains(v);
    }

    IntSet union(IntSet o) {
        // The lattice joins a kind with nothing of it, or with itself, far more often than not.
        if (o.isEmpty() || this == o || isAll()) {
            return this;
        }
        if (isEmpty() || o.isAll()) {
            return o;
        }
        List<long[]> all = new ArrayList<>(intervals());
        all.addAll(o.intervals());
        return closure(all);
    }

    /** Exact: the family is closed under intersection. */
    IntSet intersect(IntSet o) {
        if (isEmpty() || this == o || o.isAll()) {
            return this;
        }
        if (o.isEmpty() || isAll()) {
            return o;
        }
        List<long[]> out = new ArrayList<>();
        for (long[] a : intervals()) {
            for (long[] b : o.intervals()) {
                long l = Math.max(a[0], b[0]);
                long h = Math.min(a[1], b[1]);
                if (l <= h) {
                    out.add(new long[] {l, h});
                }
            }
        }
        return closure(out);
    }

    /** The smallest representable set holding this minus {@code o}. */
    IntSet minus(IntSet o) {
        List<long[]> rest = intervals();
        for (long[] b : o.intervals()) {
            List<long[]> next = new ArrayList<>();
            for (long[] a : rest) {
                if (b[1] < a[0] || b[0] > a[1]) {
                    next.add(a);
                    continue;
                }
                if (a[0] < b[0]) {
                    next.add(new long[] {a[0], b[0] - 1});
                }
                if (b[1] < a[1]) {
                    next.add(new long[] {b[1] + 1, a[1]});
                }
            }
            rest = next;
        }
        return closure(rest);
    }

    boolean subsetOf(IntSet o) {
        if (isEmpty() || this == o || o.isAll()) {
            return true;
        }
        return intersect(o).equals(this);
    }

    /** The interval hull, as a set (for widening). */
    IntSet hull() {
        if (range || values.isEmpty()) {
            return this;
        }
        return interval(values.get(0), values.get(values.size() - 1));
    }

    long min() {
        return range ? lo : values.get(0);
    }

    long max() {
        return range ? hi : values.get(values.size() - 1);
    }

    /** The smallest v >= from not in this set, or null when every such v is in it. */
    Long firstMissingFrom(long from) {
        long v = from;
        for (long[] iv : intervals()) {
            if (iv[1] < v) {
                continue;
            }
            if (iv[0] > v) {
                return v;
            }
            if (iv[1] == Long.MAX_VALUE) {
                return null;
            }
            v = iv[1] + 1;
        }
        return v;
    }

    List<long[]> intervals() {
        if (range) {
            return List.of(new long[] {lo, hi});
        }
        List<long[]> out = new ArrayList<>();
        for (long v : values) {
            out.add(new long[] {v, v});
        }
        return out;
    }

    /** Smallest member of the family holding the union of {@code ivs}. */
    static IntSet closure(List<long[]> ivs) {
        if (ivs.isEmpty()) {
            return EMPTY;
        }
        List<long[]> sorted = new ArrayList<>(ivs);
        sorted.sort(Comparator.comparingLong(iv -> iv[0]));
        List<Long> listed = new ArrayList<>();
        long lo = sorted.get(0)[0];
        long hi = Long.MIN_VALUE;
        boolean wide = false;
        for (long[] iv : sorted) {
            hi = Math.max(hi, iv[1]);
            if (wide) {
                continue;
            }
            if (Long.compareUnsigned(iv[1] - iv[0], MAX_LITERALS) >= 0) {
                wide = true;
                continue;
            }
            for (long v = iv[0]; ; v++) {
                if (listed.isEmpty() || listed.get(listed.size() - 1) < v) {
                    listed.add(v);
                }
                if (listed.size() > MAX_LITERALS || v == iv[1]) {
                    break;
                }
            }
            wide = listed.size() > MAX_LITERALS;
        }
        return wide ? new IntSet(List.of(), lo, hi, true) : new IntSet(listed, 0, 0, false);
    }

    List<Type> members() {
        if (!range) {
            List<Type> out = new java.util.ArrayList<>(values.size());
            for (Long v : values) {
                out.add(new Type.IntLit(v));
            }
            return out;
        }
        if (isAll()) {
            return List.of(Type.INT);
        }
        return List.of(new Type.IntRange(lo == Long.MIN_VALUE ? null : lo, hi == Long.MAX_VALUE ? null : hi));
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof IntSet x
                && range == x.range
                && lo == x.lo
                && hi == x.hi
                && Objects.equals(values, x.values);
    }

    @Override
    public int hashCode() {
        int h = 144927374;
        h = 31 * h + (range ? 1 : 2);
        h = 31 * h + Long.hashCode(lo);
        h = 31 * h + Long.hashCode(hi);
        h = 31 * h + Objects.hashCode(values);
        return h;
    }
}
