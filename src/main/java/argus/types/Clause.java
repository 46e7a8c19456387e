package argus.types;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * An intersection of atoms, restricted to some kinds: {@code Foo}, {@code Foo&Bar},
 * {@code callable&string}, {@code (T of mixed)&int}. Atoms are the types that overlap the
 * kinds of {@link KPart} or whose relations need a class hierarchy: {@link Type.Obj},
 * {@link Type.StaticType}, {@link Type.ClosureType}, {@link Type.Callable},
 * {@link Type.TemplateParam}, {@link Type.ClassString}. The lattice treats them freely
 * (no hierarchy: {@code Foo|Bar} stays a union even if Foo extends Bar), with a few
 * structural facts as a partial order ({@link #atomLeq}); {@link Types#isSubtype} adds the
 * hierarchy. The restriction {@code k} is always inside the atoms' kinds ({@link #hull}).
 */
record Clause(List<Type> atoms, KPart k) {

    Clause {
        atoms = List.copyOf(atoms);
    }

    /** The canonical clause, or null when it is empty. */
    static Clause make(Collection<Type> atoms, KPart k) {
        List<Type> minimal = new ArrayList<>();
        for (Type x : atoms) {
            boolean covered = false;
            for (Type y : atoms) {
                if (!x.equals(y) && atomLeq(y, x)) {
                    covered = true;
                    break;
                }
            }
            if (!covered && !minimal.contains(x)) {
                minimal.add(x);
            }
        }
        KPart restricted = k;
        for (Type x : minimal) {
            restricted = restricted.meet(hull(x));
        }
        if (restricted.isEmpty()) {
            return null;
        }
        minimal.sort(TypeOrder.ORDER);
        return new Clause(minimal, restricted);
    }

    /** The kinds an atom's values can have. */
    static KPart hull(Type atom) {
        if (atom instanceof Type.Callable) {
            return KPart.CALLABLE_HULL;
        }
        if (atom instanceof Type.ClassString) {
            return KPart.NON_EMPTY_STRING;
        }
        if (atom instanceof Type.TemplateParam t) {
            Norm bound = Norm.of(t.bound());
            KPart all = bound.k();
            for (Clause c : bound.clauses()) {
                all = all.join(c.k());
            }
            return all;
        }
        return KPart.OBJECT;
    }

    KPart hullOfAtoms() {
        KPart all = KPart.TOP;
        for (Type x : atoms) {
            all = all.meet(hull(x));
        }
        return all;
    }

    /** The structural order of atoms: the facts that need no class hierarchy. */
    static boolean atomLeq(Type x, Type y) {
        if (x.equals(y)) {
            return true;
        }
        if (x instanceof Type.TemplateParam t) {
            Norm bound = Norm.of(t.bound());
            if (bound.k().isEmpty() && bound.clauses().size() == 1) {
                for (Type z : bound.clauses().get(0).atoms()) {
                    if (atomLeq(z, y)) {
                        return true;
                    }
                }
            }
            return false;
        }
        if (y instanceof Type.Obj raw && raw.args().isEmpty()) {
            if (x instanceof Type.Obj o) {
                return o.name().equals(raw.name());
            }
            if (x instanceof Type.StaticType s) {
                return raw.name().equals(s.bound());
            }
            return x instanceof Type.ClosureType && isClosureName(raw.name());
        }
        if (y instanceof Type.Callable c) {
            if (x instanceof Type.ClosureType cl) {
                return c.sig() == null || c.sig().equals(cl.sig());
            }
            return x instanceof Type.Callable && c.sig() == null;
        }
        if (x instanceof Type.ClassString a && y instanceof Type.ClassString b) {
            return Lattice.leq(a.of(), b.of());
        }
        return false;
    }

    static boolean isClosureName(String name) {
        return name.equalsIgnoreCase("Closure") || name.equalsIgnoreCase("\\Closure");
    }

    boolean leq(Clause o) {
        if (!k.leq(o.k)) {
            return false;
        }
        for (Type y : o.atoms) {
            if (atoms.stream().noneMatch(x -> atomLeq(x, y))) {
                return false;
            }
        }
        return true;
    }

    Clause meet(Clause o) {
        List<Type> all = new ArrayList<>(atoms);
        all.addAll(o.atoms);
        return make(all, k.meet(o.k));
    }

    Clause restrict(KPart to) {
        return make(atoms, k.meet(to));
    }

    Type toType() {
        KPart full = hullOfAtoms();
        if (atoms.size() == 1 && k.equals(full)) {
            return atoms.get(0);
        }
        List<Type> parts = new ArrayList<>(atoms);
        if (!k.equals(full)) {
            parts.add(k.toType());
        }
        return new Type.Intersection(parts);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Clause x
                && Objects.equals(k, x.k)
                && Objects.equals(atoms, x.atoms);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * 217391061 + Objects.hashCode(k)) + Objects.hashCode(atoms);
    }
}
