package argus.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The part of a type made of plain kinds, one component per kind of PHP value. The kinds
 * partition the values, so join, meet and difference work component by component, and a
 * product of lattices is a lattice. Classes, callables and template parameters overlap the
 * kinds and live in {@link Clause}s instead.
 *
 * @param bools bit 1 for false, bit 2 for true
 */
record KPart(boolean nul, boolean voidv, int bools, IntSet ints, boolean flt, StrSet strs, ArrSet arrs,
             boolean obj, boolean res) {

    static final KPart EMPTY = new KPart(false, false, 0, IntSet.EMPTY, false, StrSet.EMPTY, ArrSet.EMPTY, false, false);
    static final KPart TOP = new KPart(true, true, 3, IntSet.ALL, true, StrSet.ALL, ArrSet.TOP, true, true);
    static final KPart NULL = EMPTY.withNull(true);
    static final KPart OBJECT = new KPart(false, false, 0, IntSet.EMPTY, false, StrSet.EMPTY, ArrSet.EMPTY, true, false);
    static final KPart NON_EMPTY_STRING = ofStrs(StrSet.of(StrSet.Base.NON_EMPTY));
    static final KPart STRING = ofStrs(StrSet.ALL);
    static final KPart ARRAY_KEY = new KPart(false, false, 0, IntSet.ALL, false, StrSet.ALL, ArrSet.EMPTY, false, false);
    /** What a callable can be: a name, an array of target and name, or an object. */
    static final KPart CALLABLE_HULL = new KPart(false, false, 0, IntSet.EMPTY, false, StrSet.ALL, ArrSet.TOP, true, false);

    static KPart ofInts(IntSet s) {
        return new KPart(false, false, 0, s, false, StrSet.EMPTY, ArrSet.EMPTY, false, false);
    }

    static KPart ofStrs(StrSet s) {
        return new KPart(false, false, 0, IntSet.EMPTY, false, s, ArrSet.EMPTY, false, false);
    }

    static KPart ofArrs(ArrSet s) {
        return new KPart(false, false, 0, IntSet.EMPTY, false, StrSet.EMPTY, s, false, false);
    }

    static KPart ofBools(int bits) {
        return new KPart(false, false, bits, IntSet.EMPTY, false, StrSet.EMPTY, ArrSet.EMPTY, false, false);
    }

    KPart withNull(boolean n) {
        return new KPart(n, voidv, bools, ints, flt, strs, arrs, obj, res);
    }

    KPart withInts(IntSet s) {
        return new KPart(nul, voidv, bools, s, flt, strs, arrs, obj, res);
    }

    KPart withStrs(StrSet s) {
        return new KPart(nul, voidv, bools, ints, flt, s, arrs, obj, res);
    }

    KPart withArrs(ArrSet s) {
        return new KPart(nul, voidv, bools, ints, flt, strs, s, obj, res);
    }

    // Asked at every lattice step: the flags first, the sets only when all flags agree.
    boolean isEmpty() {
        return !nul && !voidv && bools == 0 && !flt && !obj && !res && arrs.isEmpty()
                && ints.equals(IntSet.EMPTY) && strs.equals(StrSet.EMPTY);
    }

    boolean isTop() {
        return nul && voidv && bools == 3 && flt && obj && res && ints.equals(IntSet.ALL) && strs.equals(StrSet.ALL)
                && arrs.equals(ArrSet.TOP);
    }

    KPart join(KPart o) {
        return new KPart(nul || o.nul, voidv || o.voidv, bools | o.bools, ints.union(o.ints), flt || o.flt,
                strs.union(o.strs), arrs.join(o.arrs), obj || o.obj, res || o.res);
    }

    KPart meet(KPart o) {
        return new KPart(nul && o.nul, voidv && o.voidv, bools & o.bools, ints.intersect(o.ints), flt && o.flt,
                strs.intersect(o.strs), arrs.meet(o.arrs), obj && o.obj, res && o.res);
    }

    /**
     * The smallest representable part holding this minus {@code o}, component by component;
     * except that mixed minus anything short of mixed stays mixed: without negated types,
     * "mixed but not null" would print as a list of eight kinds, which reads worse than mixed.
     */
    KPart minus(KPart o) {
        if (isTop()) {
            return o.isTop() ? EMPTY : this;
        }
        return new KPart(nul && !o.nul, voidv && !o.voidv, bools & ~o.bools, ints.minus(o.ints), flt && !o.flt,
                strs.minus(o.strs), arrs.minus(o.arrs), obj && !o.obj, res && !o.res);
    }

    boolean leq(KPart o) {
        return (!nul || o.nul) && (!voidv || o.voidv) && (bools & ~o.bools) == 0 && ints.subsetOf(o.ints)
                && (!flt || o.flt) && strs.subsetOf(o.strs) && arrs.leq(o.arrs) && (!obj || o.obj) && (!res || o.res);
    }

    /** The members of a union, unsorted. */
    List<Type> members() {
        List<Type> out = new ArrayList<>();
        if (obj) {
            out.add(Type.OBJECT);
        }
        out.addAll(arrs.members());
        out.addAll(ints.members());
        if (flt) {
            out.add(Type.FLOAT);
        }
        out.addAll(strs.members());
        switch (bools) {
            case 1 -> out.add(Type.FALSE);
            case 2 -> out.add(Type.TRUE);
            case 3 -> out.add(Type.BOOL);
            default -> { }
        }
        if (res) {
            out.add(Type.RESOURCE);
        }
        if (voidv) {
            out.add(Type.VOID);
        }
        if (nul) {
            out.add(Type.NULL);
        }
        return out;
    }

    Type toType() {
        if (isTop()) {
            return Type.MIXED;
        }
        return TypeOrder.union(members());
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof KPart x
                && nul == x.nul
                && voidv == x.voidv
                && flt == x.flt
                && obj == x.obj
                && res == x.res
                && bools == x.bools
                && Objects.equals(ints, x.ints)
                && Objects.equals(strs, x.strs)
                && Objects.equals(arrs, x.arrs);
    }

    @Override
    public int hashCode() {
        int h = 884909819;
        h = 31 * h + (nul ? 1 : 2);
        h = 31 * h + (voidv ? 1 : 2);
        h = 31 * h + (flt ? 1 : 2);
        h = 31 * h + (obj ? 1 : 2);
        h = 31 * h + (res ? 1 : 2);
        h = 31 * h + bools;
        h = 31 * h + Objects.hashCode(ints);
        h = 31 * h + Objects.hashCode(strs);
        h = 31 * h + Objects.hashCode(arrs);
        return h;
    }
}
