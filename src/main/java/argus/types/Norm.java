package argus.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A type taken apart for the lattice operations: the plain kinds ({@link KPart}) and the
 * clauses that are not below them. A value lies in the type when it lies in {@code k} or in
 * some clause. As down-sets of clauses (a plain {@code k} being the clause with no atoms)
 * these form a lattice: join is union, meet is intersection, with the kinds merged into one
 * clause, which is a closure and so keeps the laws.
 */
record Norm(KPart k, List<Clause> clauses) {
    static final Norm NEVER = new Norm(KPart.EMPTY, List.of());

    Norm {
        clauses = List.copyOf(clauses);
    }

    /** A normal type taken apart; see {@link NormOf} for types that may not be normal. */
    static Norm of(Type t) {
        return NormOf.of(t);
    }

    Type toType() {
        if (k.isTop()) {
            return Type.MIXED;
        }
        List<Type> members = new ArrayList<>(k.members());
        for (Clause c : clauses) {
            members.add(c.toType());
        }
        return TypeOrder.union(members);
    }

    Norm join(Norm o) {
        List<Clause> all = new ArrayList<>(clauses);
        all.addAll(o.clauses);
        return prune(k.join(o.k), all);
    }

    Norm meet(Norm o) {
        List<Clause> all = new ArrayList<>();
        for (Clause c : clauses) {
            addIfAny(all, c.restrict(o.k));
        }
        for (Clause d : o.clauses) {
            addIfAny(all, d.restrict(k));
        }
        for (Clause c : clauses) {
            for (Clause d : o.clauses) {
                addIfAny(all, c.meet(d));
            }
        }
        return prune(k.meet(o.k), all);
    }

    /**
     * A type that holds this minus {@code o}: the kinds as precisely as they can be
     * written, while a clause goes whole when {@code o} covers it and otherwise stays whole
     * ({@code Foo} minus {@code Bar} is Foo, {@code callable} minus {@code array{}} is
     * callable). Why not subtract the kinds from a clause: {@code callable&(object|string|
     * non-empty-array)} could not join back with {@code callable&array{}} into callable, as
     * clauses with the same atoms are never merged (merging them breaks associativity:
     * {@code (T&int) ∨ int ∨ (T&string)} would depend on the grouping).
     */
    Norm minus(Norm o) {
        List<Clause> kept = new ArrayList<>();
        for (Clause c : clauses) {
            if (!o.covers(c)) {
                kept.add(c);
            }
        }
        return prune(k.minus(o.k), kept);
    }

    boolean leq(Norm o) {
        return k.leq(o.k) && clauses.stream().allMatch(o::covers);
    }

    boolean covers(Clause c) {
        return c.k().leq(k) || clauses.stream().anyMatch(c::leq);
    }

    /** The kinds this type's values can have, clauses included. */
    KPart kinds() {
        KPart all = k;
        for (Clause c : clauses) {
            all = all.join(c.k());
        }
        return all;
    }

    private static void addIfAny(List<Clause> to, Clause c) {
        if (c != null) {
            to.add(c);
        }
    }

    static Norm prune(KPart k, List<Clause> all) {
        List<Clause> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Clause c = all.get(i);
            if (c.k().leq(k)) {
                continue;
            }
            boolean dominated = false;
            for (int j = 0; j < all.size() && !dominated; j++) {
                Clause d = all.get(j);
                if (i != j && c.leq(d) && (!c.equals(d) || j < i)) {
                    dominated = true;
                }
            }
            if (!dominated) {
                out.add(c);
            }
        }
        if (out.size() > 1) {
            List<Type> keys = new ArrayList<>();
            out.forEach(c -> keys.add(c.toType()));
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < out.size(); i++) {
                order.add(i);
            }
            order.sort((x, y) -> TypeOrder.ORDER.compare(keys.get(x), keys.get(y)));
            List<Clause> sorted = new ArrayList<>();
            order.forEach(i -> sorted.add(out.get(i)));
            return new Norm(k, sorted);
        }
        return new Norm(k, out);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Norm x
                && Objects.equals(k, x.k)
                && Objects.equals(clauses, x.clauses);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * 1624892264 + Objects.hashCode(k)) + Objects.hashCode(clauses);
    }
}
