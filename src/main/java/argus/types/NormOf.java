package argus.types;

import java.util.ArrayList;
import java.util.List;

/**
 * Takes a type apart into a {@link Norm}. Two ways: {@link #full} normalises every nested
 * type on the way, for types from outside (the public {@link Types} methods); {@link #of}
 * trusts that the type is already normal and only takes it apart. Everything inside the
 * package works on normal forms and uses {@link #of}: normalising again at every level
 * made nested arrays cost exponential time in their depth.
 */
final class NormOf {
    private NormOf() {
    }

    static Norm full(Type t) {
        if (t instanceof Type.Never) {
            return Norm.NEVER;
        }
        if (t instanceof Type.Mixed) {
            return new Norm(KPart.TOP, List.of());
        }
        KPart k = kinds(t);
        if (k != null) {
            return new Norm(k, List.of());
        }
        if (t instanceof Type.Union u) {
            Norm all = Norm.NEVER;
            for (Type m : u.members()) {
                all = all.join(full(m));
            }
            return all;
        }
        if (t instanceof Type.Intersection i) {
            Norm all = new Norm(KPart.TOP, List.of());
            for (Type p : i.parts()) {
                all = all.meet(full(p));
            }
            return all;
        }
        if (t instanceof Type.ClassString cs) {
            return classStrings(full(cs.of()));
        }
        return clause(atom(t));
    }

    static Type normal(Type t) {
        return full(t).toType();
    }

    /** A normal type taken apart, nothing recomputed. */
    static Norm of(Type t) {
        if (t instanceof Type.Never) {
            return Norm.NEVER;
        }
        if (t instanceof Type.Mixed) {
            return new Norm(KPart.TOP, List.of());
        }
        if (t instanceof Type.ArrayOf a) {
            return new Norm(KPart.ofArrs(new ArrSet(List.of(
                    new ArrForm(List.of(), a.key(), a.value(), a.list(), a.nonEmpty())))), List.of());
        }
        if (t instanceof Type.Shape s) {
            return new Norm(KPart.ofArrs(new ArrSet(List.of(
                    new ArrForm(s.entries(), s.extraKey(), s.extraValue(), s.list(), s.nonEmpty())))), List.of());
        }
        KPart k = kinds(t);
        if (k != null) {
            return new Norm(k, List.of());
        }
        if (t instanceof Type.Union u) {
            KPart all = KPart.EMPTY;
            List<ArrForm> forms = new ArrayList<>();
            List<Clause> clauses = new ArrayList<>();
            for (Type m : u.members()) {
                Norm n = of(m);
                forms.addAll(n.k().arrs().forms());
                all = all.join(n.k().withArrs(ArrSet.EMPTY));
                clauses.addAll(n.clauses());
            }
            return new Norm(all.withArrs(new ArrSet(forms)), clauses);
        }
        if (t instanceof Type.Intersection i) {
            List<Type> atoms = new ArrayList<>();
            KPart k2 = null;
            for (Type p : i.parts()) {
                if (isAtom(p)) {
                    atoms.add(p);
                } else {
                    k2 = of(p).k();
                }
            }
            Clause c = new Clause(atoms, KPart.TOP);
            return new Norm(KPart.EMPTY, List.of(new Clause(atoms, k2 == null ? c.hullOfAtoms() : k2)));
        }
        return new Norm(KPart.EMPTY, List.of(new Clause(List.of(t), Clause.hull(t))));
    }

    private static boolean isAtom(Type t) {
        return t instanceof Type.Obj || t instanceof Type.StaticType || t instanceof Type.ClosureType
                || t instanceof Type.Callable || t instanceof Type.TemplateParam || t instanceof Type.ClassString;
    }

    private static KPart kinds(Type t) {
        if (t instanceof Type.Null) {
            return KPart.NULL;
        }
        if (t instanceof Type.Void) {
            return new KPart(false, true, 0, IntSet.EMPTY, false, StrSet.EMPTY, ArrSet.EMPTY, false, false);
        }
        if (t instanceof Type.Bool) {
            return KPart.ofBools(3);
        }
        if (t instanceof Type.True) {
            return KPart.ofBools(2);
        }
        if (t instanceof Type.False) {
            return KPart.ofBools(1);
        }
        if (t instanceof Type.Int) {
            return KPart.ofInts(IntSet.ALL);
        }
        if (t instanceof Type.IntLit l) {
            return KPart.ofInts(IntSet.of(l.value()));
        }
        if (t instanceof Type.IntRange r) {
            long lo = r.min() == null ? Long.MIN_VALUE : r.min();
            long hi = r.max() == null ? Long.MAX_VALUE : r.max();
            return KPart.ofInts(IntSet.interval(lo, hi));
        }
        if (t instanceof Type.Float) {
            return new KPart(false, false, 0, IntSet.EMPTY, true, StrSet.EMPTY, ArrSet.EMPTY, false, false);
        }
        if (t instanceof Type.Str) {
            return KPart.STRING;
        }
        if (t instanceof Type.NonEmptyStr) {
            return KPart.NON_EMPTY_STRING;
        }
        if (t instanceof Type.NumericStr) {
            return KPart.ofStrs(StrSet.of(StrSet.Base.NUMERIC));
        }
        if (t instanceof Type.StrLit s) {
            return KPart.ofStrs(StrSet.literal(s.value()));
        }
        if (t instanceof Type.ObjectAny) {
            return KPart.OBJECT;
        }
        if (t instanceof Type.Resource) {
            return new KPart(false, false, 0, IntSet.EMPTY, false, StrSet.EMPTY, ArrSet.EMPTY, false, true);
        }
        if (t instanceof Type.ArrayOf a) {
            return KPart.ofArrs(ArrSet.of(ArrForm.make(List.of(), normal(a.key()), normal(a.value()),
                    a.list(), a.nonEmpty())));
        }
        if (t instanceof Type.Shape s) {
            List<Type.ShapeEntry> es = s.entries().stream()
                    .map(e -> new Type.ShapeEntry(e.key(), normal(e.type()), e.optional())).toList();
            return KPart.ofArrs(ArrSet.of(ArrForm.make(es, normal(s.extraKey()), normal(s.extraValue()),
                    s.list(), s.nonEmpty())));
        }
        return null;
    }

    /** An atom with its nested types normalised. */
    private static Type atom(Type t) {
        if (t instanceof Type.Obj o) {
            return new Type.Obj(o.name(), o.args().stream().map(NormOf::normal).toList());
        }
        if (t instanceof Type.ClosureType c) {
            return new Type.ClosureType(sig(c.sig()));
        }
        if (t instanceof Type.Callable c) {
            return new Type.Callable(c.sig() == null ? null : sig(c.sig()));
        }
        if (t instanceof Type.TemplateParam p) {
            return new Type.TemplateParam(p.name(), normal(p.bound()));
        }
        return t;
    }

    private static Type.Sig sig(Type.Sig s) {
        return new Type.Sig(s.params().stream()
                .map(p -> new Type.Param(normal(p.type()), p.optional(), p.variadic(), p.byRef())).toList(),
                normal(s.returns()));
    }

    private static Norm clause(Type atom) {
        Clause c = Clause.make(List.of(atom), Clause.hull(atom));
        return c == null ? Norm.NEVER : new Norm(KPart.EMPTY, List.of(c));
    }

    /**
     * {@code class-string<A|B>} is {@code class-string<A>|class-string<B>}; the parts that
     * cannot be objects name no class and are dropped, and with nothing left the type is a
     * plain class-string (so {@code class-string<int>} reads as class-string, not never).
     */
    private static Norm classStrings(Norm of) {
        List<Clause> out = new ArrayList<>();
        if (of.k().obj()) {
            out.add(Clause.make(List.of(new Type.ClassString(Type.OBJECT)), KPart.NON_EMPTY_STRING));
        }
        for (Clause c : of.clauses()) {
            if (c.k().obj()) {
                out.add(Clause.make(List.of(new Type.ClassString(c.toType())), KPart.NON_EMPTY_STRING));
            }
        }
        if (out.isEmpty()) {
            out.add(Clause.make(List.of(new Type.ClassString(Type.OBJECT)), KPart.NON_EMPTY_STRING));
        }
        return Norm.prune(KPart.EMPTY, out);
    }
}
