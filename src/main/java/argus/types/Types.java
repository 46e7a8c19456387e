package argus.types;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Operations on types. Every result is in normal form, and so is every argument after it
 * is read ({@link #normalize}). Join, meet and remove are structural: they never consult a
 * class hierarchy (so {@code Foo|Bar} stays a union when Foo extends Bar); only
 * {@link #isSubtype} does. The laws, each a property in {@code TypeLatticeProperties}
 * (equality is {@code equals} on normal forms):
 * <ul>
 * <li>join and meet are commutative, associative and idempotent, and absorb each other
 *     ({@code join(a, meet(a, b)) = a}, {@code meet(a, join(a, b)) = a});</li>
 * <li>never is the identity of join and absorbs meet; mixed the reverse;</li>
 * <li>{@link #leq} holds exactly when join gives the larger side and meet the smaller;</li>
 * <li>{@code isSubtype(a, join(a, b))} and {@code isSubtype(meet(a, b), a)} are YES, with
 *     or without a class hierarchy, and isSubtype is reflexive;</li>
 * <li>{@code remove(a, b)} is below a and {@code join(remove(a, b), meet(a, b)) = a};</li>
 * <li>{@code truthy(a)} and {@code falsy(a)} are below a and join back to a;</li>
 * <li>{@code widen(p, n)} is above {@code join(p, n)}, is p when n is below p, and chains
 *     of widenings settle (finitely: each part has a finite height and nesting is cut);</li>
 * <li>{@code TypeParser.parse(t.describe())} is t.</li>
 * </ul>
 * Not claimed: distributivity (the closures that keep literal lists short break it), and
 * that remove is the smallest type holding the difference (see {@link #remove}).
 */
public final class Types {
    private Types() {
    }

    /** A holder, so that computing these constants cannot run inside another class's initializer. */
    private static final class Falsy {
        static final Type ALL = joinAll(List.of(Type.NULL, Type.FALSE, new Type.IntLit(0), Type.FLOAT,
                new Type.StrLit(""), new Type.StrLit("0"), ArrForm.EMPTY_ARRAY.toType()));
        static final Type SURELY = join(remove(ALL, Type.FLOAT), Type.VOID);
    }

    public static Type normalize(Type t) {
        if (t instanceof Type.Never || t instanceof Type.Mixed) {
            return t;
        }
        java.util.IdentityHashMap<Type, Type> seen = NORMALS.get();
        Type n = seen.get(t);
        if (n == null) {
            n = norm(t).toType();
            if (seen.size() >= NORMS_KEPT) {
                seen.clear();
            }
            seen.put(t, n);
        }
        return n;
    }

    private static final int NORMS_KEPT = 4096;

    private static final ThreadLocal<java.util.IdentityHashMap<Type, Type>> NORMALS =
            ThreadLocal.withInitial(() -> new java.util.IdentityHashMap<>(NORMS_KEPT));

    /**
     * Normal forms of the types seen lately, by identity, per thread: the flow joins the same
     * state types again and again (every branch end, every loop step), and taking a type apart
     * costs far more than finding it. A pure function of its key, so the output never depends
     * on what the cache holds.
     */
    private static final ThreadLocal<java.util.IdentityHashMap<Type, Norm>> NORMS =
            ThreadLocal.withInitial(() -> new java.util.IdentityHashMap<>(NORMS_KEPT));
    /** Behind the identity cache: the flow builds equal types anew (each literal, each write). */
    private static final Memo<Type, Void, Norm> FULL = new Memo<>((t, unused) -> NormOf.full(t));

    private static Norm norm(Type t) {
        if (t instanceof Type.Never || t instanceof Type.Mixed) {
            return NormOf.full(t);
        }
        java.util.IdentityHashMap<Type, Norm> seen = NORMS.get();
        Norm n = seen.get(t);
        if (n == null) {
            n = FULL.apply(t, null);
            if (seen.size() >= NORMS_KEPT) {
                seen.clear();
            }
            seen.put(t, n);
        }
        return n;
    }

    /** The least upper bound: the values of either. */
    public static Type join(Type a, Type b) {
        // The flow joins states at every branch end and loop step; most of those joins meet
        // a bottom, a top or the same type on both sides, which need no normal forms.
        if (a instanceof Type.Mixed || b instanceof Type.Mixed) {
            return Type.MIXED;
        }
        if (b instanceof Type.Never || a == b || a.equals(b)) {
            return normalize(a);
        }
        if (a instanceof Type.Never) {
            return normalize(b);
        }
        return norm(a).join(norm(b)).toType();
    }

    public static Type joinAll(Collection<? extends Type> types) {
        Norm all = Norm.NEVER;
        for (Type t : types) {
            all = all.join(norm(t));
        }
        return all.toType();
    }

    /** The greatest lower bound: the values of both, exactly where the notation allows. */
    public static Type meet(Type a, Type b) {
        return norm(a).meet(norm(b)).toType();
    }

    /**
     * The smallest type we can write that holds the values of a that are not in b:
     * {@code remove(?Foo, null)} is Foo, {@code remove(bool, false)} is true,
     * {@code remove(int<0, 10>, 0)} is {@code int<1, 10>}. Where the difference has no
     * notation (int minus 5, mixed minus null, Foo minus Bar) a part stays as it was.
     */
    public static Type remove(Type a, Type b) {
        return norm(a).minus(norm(b)).toType();
    }

    /** The lattice order: a is below b without any class knowledge. */
    public static boolean leq(Type a, Type b) {
        return norm(a).leq(norm(b));
    }

    public static Trilean isSubtype(Type a, Type b) {
        return isSubtype(a, b, ClassHierarchy.NONE);
    }

    /** YES: every value of a is in b; NO: none is; MAYBE: some are, or we cannot tell. */
    public static Trilean isSubtype(Type a, Type b, ClassHierarchy classes) {
        return Subtype.isSubtype(normalize(a), normalize(b), classes);
    }

    /** For loop heads: above {@code join(prev, next)}, and climbing only finitely often. */
    public static Type widen(Type prev, Type next) {
        return Widening.widen(normalize(prev), normalize(next));
    }

    /**
     * Rebuilds t bottom-up, {@code f} seeing every node after its parts, and normalises the
     * result. How callers resolve what the parser leaves as written: class names against
     * the namespace and imports, {@code Obj("T")} to a template parameter, and a template
     * parameter to its argument at a call.
     */
    public static Type transform(Type t, UnaryOperator<Type> f) {
        return TypeTransform.apply(t, f);
    }

    /** Null is one of the listed members ({@code ?Foo}, {@code int|null}); not for mixed. */
    public static boolean containsNull(Type t) {
        KPart k = norm(t).k();
        return k.nul() && !k.isTop();
    }

    /** Null may be a value: listed, or inside mixed or a template parameter. */
    public static boolean isNullable(Type t) {
        return norm(t).kinds().nul();
    }

    public static Type removeNull(Type t) {
        return remove(t, Type.NULL);
    }

    public static Type nullable(Type t) {
        return join(t, Type.NULL);
    }

    /**
     * The values that are true in a condition: {@code truthy(?Foo)} is Foo,
     * {@code truthy(array)} is non-empty-array, {@code truthy(string)} non-empty-string
     * ('0' stays, as there is no notation for the rest). Objects are always truthy.
     */
    public static Type truthy(Type t) {
        return remove(t, Falsy.SURELY);
    }

    /**
     * The values that are false in a condition: {@code falsy(int)} is 0,
     * {@code falsy(string)} is {@code ''|'0'}, floats stay float (0.0 has no literal type),
     * and void stays void: a void result read as a value is null.
     */
    public static Type falsy(Type t) {
        Norm n = norm(t);
        KPart plain = norm(Falsy.ALL).k();
        KPart withVoid = plain.join(norm(Type.VOID).k());
        List<Clause> clauses = new ArrayList<>();
        for (Clause c : n.clauses()) {
            // truthy drops a clause that holds only falsy kinds and void, such as
            // (T of mixed)&void: falsy must keep it whole so that the two join back
            Clause f = c.restrict(c.k().isTop() ? plain : withVoid);
            if (f != null) {
                clauses.add(f);
            }
        }
        return Norm.prune(n.k().meet(n.k().isTop() ? plain : withVoid), clauses).toType();
    }
}
