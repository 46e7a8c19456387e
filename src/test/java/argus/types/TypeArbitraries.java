package argus.types;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random small types for the lattice properties. Values are drawn from small pools (ints
 * near 0, a handful of strings and class names, keys 0..2 and 'a'/'b') so that random
 * pairs overlap often: laws fail on the overlaps, not on disjoint types. Every type is
 * normalised, as the laws are stated for normal forms.
 */
final class TypeArbitraries {
    private TypeArbitraries() {
    }

    static Arbitrary<Type> types() {
        return raw(3).map(Types::normalize);
    }

    /** Types without arrays nested deeper than one level, for the slower properties. */
    static Arbitrary<Type> smallTypes() {
        return raw(2).map(Types::normalize);
    }

    private static Arbitrary<Type> raw(int depth) {
        if (depth <= 0) {
            return leaf();
        }
        Arbitrary<Type> inner = Arbitraries.lazy(() -> raw(depth - 1));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, leaf()),
                net.jqwik.api.Tuple.of(3, inner.list().ofMinSize(2).ofMaxSize(3).map(Types::joinAll)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(inner, inner).as(Types::meet)),
                net.jqwik.api.Tuple.of(2, arrayOf(inner)),
                net.jqwik.api.Tuple.of(2, shape(inner)),
                net.jqwik.api.Tuple.of(1, generic(inner)),
                net.jqwik.api.Tuple.of(1, callable(inner)),
                net.jqwik.api.Tuple.of(1, inner.map(Types::nullable)));
    }

    static Arbitrary<Type> leaf() {
        return Arbitraries.oneOf(
                Arbitraries.of(Type.NEVER, Type.MIXED, Type.NULL, Type.VOID, Type.BOOL, Type.TRUE, Type.FALSE,
                        Type.INT, Type.FLOAT, Type.STRING, Type.NON_EMPTY_STRING, Type.NUMERIC_STRING, Type.OBJECT,
                        Type.RESOURCE, new Type.Obj("Foo"), new Type.Obj("Bar"), new Type.Obj("Baz"),
                        new Type.StaticType(null), new Type.StaticType("Foo"), new Type.Callable(null),
                        new Type.TemplateParam("T", Type.MIXED), new Type.TemplateParam("U", new Type.Obj("Foo")),
                        new Type.TemplateParam("K", ArrForm.ARRAY_KEY),
                        new Type.ClassString(Type.OBJECT), new Type.ClassString(new Type.Obj("Foo")),
                        new Type.Obj("Closure")),
                Arbitraries.longs().between(-3, 12).map(v -> (Type) new Type.IntLit(v)),
                intRange(),
                Arbitraries.of("", "0", "1", "5", "a", "b", "abc", "Foo", "x y").map(s -> (Type) new Type.StrLit(s)));
    }

    private static Arbitrary<Type> intRange() {
        Arbitrary<Long> bound = Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.longs().between(-20, 20));
        return Combinators.combine(bound, bound).as((a, b) -> {
            if (a != null && b != null && a > b) {
                return new Type.IntRange(b, a);
            }
            return a == null && b == null ? Type.INT : new Type.IntRange(a, b);
        });
    }

    private static Arbitrary<Type> keyType() {
        return Arbitraries.of(Type.INT, Type.STRING, ArrForm.ARRAY_KEY, new Type.IntRange(0L, null),
                new Type.IntLit(0), new Type.StrLit("a"), Types.join(new Type.StrLit("a"), new Type.StrLit("b")),
                Type.NON_EMPTY_STRING, new Type.TemplateParam("K", ArrForm.ARRAY_KEY));
    }

    private static Arbitrary<Type> arrayOf(Arbitrary<Type> value) {
        return Combinators.combine(keyType(), value, Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((k, v, list, ne) -> (Type) new Type.ArrayOf(k, v, list, ne));
    }

    private static Arbitrary<Type> shape(Arbitrary<Type> value) {
        Arbitrary<Object> key = Arbitraries.of(0L, 1L, 2L, "a", "b");
        Arbitrary<Type.ShapeEntry> entry = Combinators.combine(key, value, Arbitraries.of(true, false))
                .as(Type.ShapeEntry::new);
        Arbitrary<List<Type>> extras = Arbitraries.oneOf(
                Arbitraries.just(List.of(Type.NEVER, Type.NEVER)),
                Arbitraries.just(List.of(ArrForm.ARRAY_KEY, Type.MIXED)),
                Combinators.combine(keyType(), value).as((k, v) -> List.of(k, v)));
        return Combinators.combine(entry.list().ofMaxSize(3), extras, Arbitraries.of(true, false),
                Arbitraries.of(true, false)).as((es, ex, list, ne) -> {
                    List<Type.ShapeEntry> unique = new ArrayList<>();
                    for (Type.ShapeEntry e : es) {
                        if (unique.stream().noneMatch(u -> u.key().equals(e.key()))) {
                            unique.add(e);
                        }
                    }
                    return (Type) new Type.Shape(unique, ex.get(0), ex.get(1), list, ne);
                });
    }

    private static Arbitrary<Type> generic(Arbitrary<Type> arg) {
        return Combinators.combine(Arbitraries.of("Foo", "Coll"), arg.list().ofMinSize(1).ofMaxSize(2))
                .as((n, args) -> (Type) new Type.Obj(n, args));
    }

    private static Arbitrary<Type> callable(Arbitrary<Type> t) {
        Arbitrary<Type.Param> param = Combinators.combine(t, Arbitraries.of(true, false))
                .as((p, opt) -> new Type.Param(p, opt, false, false));
        Arbitrary<Type.Sig> sig = Combinators.combine(param.list().ofMaxSize(2), t).as(Type.Sig::new);
        return Combinators.combine(sig, Arbitraries.of(true, false))
                .as((s, closure) -> closure ? new Type.ClosureType(s) : new Type.Callable(s));
    }
}
