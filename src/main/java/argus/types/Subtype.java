package argus.types;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link Types#isSubtype}: is every value of a in b? The lattice order answers YES first,
 * which is what guarantees {@code a <: join(a, b)}; the rest splits a into pieces (one per
 * kind, array form and clause) and asks each against b's pieces. A piece is in b when it is
 * in one of b's pieces (YES), outside all of them (NO), or else MAYBE; a is in b when every
 * piece is, outside when every piece is.
 */
final class Subtype {
    private Subtype() {
    }

    static Trilean isSubtype(Type a, Type b, ClassHierarchy h) {
        return of(Norm.of(a), Norm.of(b), h);
    }

    private static Trilean of(Norm a, Norm b, ClassHierarchy h) {
        if (a.leq(b)) {
            return Trilean.YES;
        }
        Every every = new Every();
        for (KPart piece : pieces(a.k())) {
            every.add(kindPiece(piece, b, h));
        }
        for (Clause c : a.clauses()) {
            every.add(clause(c, b, h));
        }
        return every.result();
    }

    /** Collects answers for the pieces of a union. */
    private static final class Every {
        boolean yes;
        boolean no;
        boolean maybe;

        void add(Trilean t) {
            yes |= t == Trilean.YES;
            no |= t == Trilean.NO;
            maybe |= t == Trilean.MAYBE;
        }

        Trilean result() {
            if (!maybe && !no) {
                return Trilean.YES;
            }
            return !maybe && !yes ? Trilean.NO : Trilean.MAYBE;
        }
    }

    private static List<KPart> pieces(KPart k) {
        List<KPart> out = new ArrayList<>();
        KPart e = KPart.EMPTY;
        if (k.nul()) {
            out.add(KPart.NULL);
        }
        if (k.voidv()) {
            out.add(new KPart(false, true, 0, IntSet.EMPTY, false, StrSet.EMPTY, ArrSet.EMPTY, false, false));
        }
        if (k.bools() != 0) {
            out.add(KPart.ofBools(k.bools()));
        }
        if (!k.ints().isEmpty()) {
            out.add(e.withInts(k.ints()));
        }
        if (k.flt()) {
            out.add(new KPart(false, false, 0, IntSet.EMPTY, true, StrSet.EMPTY, ArrSet.EMPTY, false, false));
        }
        if (!k.strs().isEmpty()) {
            out.add(e.withStrs(k.strs()));
        }
        for (ArrForm f : k.arrs().forms()) {
            out.add(e.withArrs(new ArrSet(List.of(f))));
        }
        if (k.obj()) {
            out.add(KPart.OBJECT);
        }
        if (k.res()) {
            out.add(new KPart(false, false, 0, IntSet.EMPTY, false, StrSet.EMPTY, ArrSet.EMPTY, false, true));
        }
        return out;
    }

    private static Trilean kindPiece(KPart piece, Norm b, ClassHierarchy h) {
        Trilean r;
        if (!piece.arrs().isEmpty()) {
            ArrForm f = piece.arrs().forms().get(0);
            r = Trilean.NO;
            for (ArrForm q : b.k().arrs().forms()) {
                r = r.or(form(f, q, h));
            }
        } else if (piece.leq(b.k())) {
            r = Trilean.YES;
        } else {
            r = piece.meet(b.k()).isEmpty() ? Trilean.NO : Trilean.MAYBE;
        }
        for (Clause d : b.clauses()) {
            r = r.or(piece.meet(d.k()).isEmpty() ? Trilean.NO : Trilean.MAYBE);
        }
        return r;
    }

    private static Trilean clause(Clause c, Norm b, ClassHierarchy h) {
        Trilean r = of(new Norm(c.k(), List.of()), new Norm(b.k(), List.of()), h);
        for (Clause d : b.clauses()) {
            Trilean t = of(new Norm(c.k(), List.of()), new Norm(d.k(), List.of()), h);
            for (Type y : d.atoms()) {
                t = t.and(atoms(c.atoms(), y, h));
            }
            r = r.or(t);
        }
        return r;
    }

    /** An intersection is inside y when one of its atoms is, and outside when one is. */
    private static Trilean atoms(List<Type> xs, Type y, ClassHierarchy h) {
        boolean no = false;
        for (Type x : xs) {
            Trilean t = atom(x, y, h);
            if (t == Trilean.YES) {
                return t;
            }
            no |= t == Trilean.NO;
        }
        return no ? Trilean.NO : Trilean.MAYBE;
    }

    private static Trilean atom(Type x, Type y, ClassHierarchy h) {
        if (x.equals(y)) {
            return Trilean.YES;
        }
        if (x instanceof Type.TemplateParam t) {
            return isSubtype(t.bound(), y, h);
        }
        if (y instanceof Type.TemplateParam u) {
            return isSubtype(x, u.bound(), h) == Trilean.NO ? Trilean.NO : Trilean.MAYBE;
        }
        if (Clause.hull(x).meet(Clause.hull(y)).isEmpty()) {
            return Trilean.NO;
        }
        if (x instanceof Type.ClassString a && y instanceof Type.ClassString b) {
            return isSubtype(a.of(), b.of(), h);
        }
        String xClass = className(x);
        if (y instanceof Type.Obj p && xClass != null) {
            Trilean r = h.isSubclass(xClass, p.name());
            if (p.args().isEmpty() || r == Trilean.NO) {
                return r;
            }
            return x instanceof Type.Obj o && sameArgs(o, p) ? Trilean.YES : Trilean.MAYBE;
        }
        if (y instanceof Type.StaticType s && xClass != null && s.bound() != null) {
            boolean unrelated = h.isSubclass(xClass, s.bound()) == Trilean.NO
                    && h.isSubclass(s.bound(), xClass) == Trilean.NO;
            return unrelated ? Trilean.NO : Trilean.MAYBE;
        }
        if (y instanceof Type.ClosureType c) {
            if (x instanceof Type.ClosureType cl) {
                return sig(cl.sig(), c.sig(), h);
            }
            return xClass == null || h.isSubclass(xClass, "Closure") != Trilean.NO
                    || h.isSubclass("Closure", xClass) != Trilean.NO ? Trilean.MAYBE : Trilean.NO;
        }
        if (y instanceof Type.Callable c) {
            Type.Sig have = x instanceof Type.ClosureType cl ? cl.sig() : x instanceof Type.Callable cx ? cx.sig() : null;
            if (c.sig() == null && (have != null || x instanceof Type.Callable || isRawClosure(x))) {
                return Trilean.YES;
            }
            return have != null ? sig(have, c.sig(), h) : Trilean.MAYBE;
        }
        return Trilean.MAYBE;
    }

    /** The class an atom's values are instances of, when it is known. */
    private static String className(Type x) {
        if (x instanceof Type.Obj o) {
            return o.name();
        }
        if (x instanceof Type.ClosureType) {
            return "Closure";
        }
        return x instanceof Type.StaticType s ? s.bound() : null;
    }

    private static boolean isRawClosure(Type x) {
        return x instanceof Type.Obj o && o.args().isEmpty() && Clause.isClosureName(o.name());
    }

    private static boolean sameArgs(Type.Obj o, Type.Obj p) {
        return ClassHierarchy.norm(o.name()).equals(ClassHierarchy.norm(p.name())) && o.args().equals(p.args());
    }

    /**
     * Returns are covariant and parameters contravariant; a parameter mismatch is only
     * MAYBE, because callbacks are often declared loosely and the call may never pass it.
     */
    private static Trilean sig(Type.Sig have, Type.Sig want, ClassHierarchy h) {
        Trilean r = isSubtype(have.returns(), want.returns(), h);
        int required = 0;
        for (int i = 0; i < have.params().size(); i++) {
            Type.Param p = have.params().get(i);
            if (!p.optional() && !p.variadic()) {
                required = i + 1;
            }
            if (i < want.params().size()) {
                Trilean t = isSubtype(want.params().get(i).type(), p.type(), h);
                r = r.and(t == Trilean.NO ? Trilean.MAYBE : t);
            }
        }
        return required > want.params().size() ? r.and(Trilean.MAYBE) : r;
    }

    /** One array form against another; the key-by-key reasoning of the lattice, with trileans. */
    private static Trilean form(ArrForm m, ArrForm q, ClassHierarchy h) {
        if (m.leq(q)) {
            return Trilean.YES;
        }
        boolean no = false;
        boolean maybe = (q.list() && !m.list()) || (q.ne() && !m.ne());
        List<Object> keys = new ArrayList<>();
        m.entries().forEach(e -> keys.add(e.key()));
        q.entries().forEach(e -> keys.add(e.key()));
        for (Object key : keys) {
            ArrForm.Presence pm = m.presence(key);
            ArrForm.Presence pq = q.presence(key);
            if (pm.kind() == ArrForm.Kind.ABSENT) {
                no |= pq.kind() == ArrForm.Kind.REQUIRED;
                continue;
            }
            if (pq.kind() == ArrForm.Kind.ABSENT) {
                no |= pm.kind() == ArrForm.Kind.REQUIRED;
                maybe = true;
                continue;
            }
            Trilean t = isSubtype(pm.type(), pq.type(), h);
            if (pm.kind() == ArrForm.Kind.REQUIRED) {
                no |= t == Trilean.NO;
                maybe |= t == Trilean.MAYBE;
            } else {
                maybe |= t != Trilean.YES || pq.kind() == ArrForm.Kind.REQUIRED;
            }
        }
        if (!ArrForm.isNever(m.k())) {
            Type listed = Lattice.joinAll(q.entries().stream().map(e -> ArrForm.keyType(e.key())).toList());
            Type extra = Lattice.remove(m.k(), listed);
            if (!ArrForm.isNever(extra)) {
                Trilean tk = isSubtype(extra, q.k(), h);
                Trilean tv = isSubtype(m.v(), q.v(), h);
                boolean forced = m.ne() && m.entries().isEmpty();
                no |= forced && (tk == Trilean.NO || tv == Trilean.NO);
                maybe |= tk != Trilean.YES || tv != Trilean.YES;
            }
        }
        if (no) {
            return m.admitsEmpty() && q.admitsEmpty() ? Trilean.MAYBE : Trilean.NO;
        }
        return maybe ? Trilean.MAYBE : Trilean.YES;
    }
}
