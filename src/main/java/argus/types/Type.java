package argus.types;

import java.util.List;
import java.util.Objects;

/**
 * A type: a set of PHP values. Build compound types with {@link Types} (join, meet,
 * {@link TypeParser}), never by calling the {@link Union} or {@link Intersection}
 * constructors: the lattice laws and {@code equals} assume the normal form described in
 * {@code package-info.java}.
 *
 * <p>Every variant writes out its {@code equals} and {@code hashCode}, as do the lattice's own
 * records ({@link KPart}, {@link ArrForm}...): the generated ones call through method handles,
 * which the C1-only JIT of {@code bin/argus} leaves three times slower, and those of records
 * without components all hash to 0, so that {@code int|null} and {@code string|null} collided
 * in every memo. Seeds differ per variant for the same reason.
 */
public sealed interface Type {

    Type NEVER = new Never();
    Type MIXED = new Mixed();
    Type NULL = new Null();
    Type VOID = new Void();
    Type BOOL = new Bool();
    Type TRUE = new True();
    Type FALSE = new False();
    Type INT = new Int();
    Type FLOAT = new Float();
    Type STRING = new Str();
    Type NON_EMPTY_STRING = new NonEmptyStr();
    Type NUMERIC_STRING = new NumericStr();
    Type OBJECT = new ObjectAny();
    Type RESOURCE = new Resource();

    /** The notation PHP users read, which {@link TypeParser#parse} reads back. */
    default String describe() {
        return TypeDescriber.describe(this);
    }

    /** Bottom: no value (the type of `never` returns and of dead code). */
    record Never() implements Type {
        @Override public boolean equals(Object o) { return o instanceof Never; }
        @Override public int hashCode() { return 506952113; }
    }

    /** Top: any value. */
    record Mixed() implements Type {
        @Override public boolean equals(Object o) { return o instanceof Mixed; }
        @Override public int hashCode() { return 1013904226; }
    }

    record Null() implements Type {
        @Override public boolean equals(Object o) { return o instanceof Null; }
        @Override public int hashCode() { return 1520856339; }
    }

    /**
     * A function that returns no value. Kept apart from null so that messages can say
     * void; the flow layer reads a void call result as null where a value is used.
     */
    record Void() implements Type {
        @Override public boolean equals(Object o) { return o instanceof Void; }
        @Override public int hashCode() { return 2027808452; }
    }

    record Bool() implements Type {
        @Override public boolean equals(Object o) { return o instanceof Bool; }
        @Override public int hashCode() { return 387276917; }
    }

    record True() implements Type {
        @Override public boolean equals(Object o) { return o instanceof True; }
        @Override public int hashCode() { return 894229030; }
    }

    record False() implements Type {
        @Override public boolean equals(Object o) { return o instanceof False; }
        @Override public int hashCode() { return 1401181143; }
    }

    /** Every int; finite parts are {@link IntLit} or {@link IntRange}. */
    record Int() implements Type {
        @Override public boolean equals(Object o) { return o instanceof Int; }
        @Override public int hashCode() { return 1908133256; }
    }

    record IntLit(long value) implements Type {
        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof IntLit x
                    && value == x.value;
        }

        @Override
        public int hashCode() {
            return 31 * 37583889 + Long.hashCode(value);
        }
    }

    /**
     * {@code int<min, max>}; null is unbounded. In normal form at least nine values wide
     * (narrower ranges are listed as literals) and never both bounds null (that is {@link Int}).
     */
    record IntRange(Long min, Long max) implements Type {
        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof IntRange x
                    && Objects.equals(min, x.min)
                    && Objects.equals(max, x.max);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * 42953016 + Objects.hashCode(min)) + Objects.hashCode(max);
        }
    }

    /** Floats have no literal types: float narrowing buys little and NaN breaks equality. */
    record Float() implements Type {
        @Override public boolean equals(Object o) { return o instanceof Float; }
        @Override public int hashCode() { return 267601721; }
    }

    record Str() implements Type {
        @Override public boolean equals(Object o) { return o instanceof Str; }
        @Override public int hashCode() { return 774553834; }
    }

    /** {@code non-empty-string}. */
    record NonEmptyStr() implements Type {
        @Override public boolean equals(Object o) { return o instanceof NonEmptyStr; }
        @Override public int hashCode() { return 1281505947; }
    }

    /** {@code numeric-string}: what {@code is_numeric} accepts; every one is non-empty. */
    record NumericStr() implements Type {
        @Override public boolean equals(Object o) { return o instanceof NumericStr; }
        @Override public int hashCode() { return 1788458060; }
    }

    /** A string literal; chars are bytes, as in the AST (ISO-8859-1). */
    record StrLit(String value) implements Type {
        public StrLit {
            Objects.requireNonNull(value);
        }

        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof StrLit x
                    && value.equals(x.value);
        }

        @Override
        public int hashCode() {
            return 31 * 48322143 + value.hashCode();
        }
    }

    /**
     * {@code class-string<of>}; {@code of} is {@link ObjectAny} for a plain
     * {@code class-string}, else one object clause (an {@link Obj}, {@link StaticType},
     * {@link TemplateParam} or an {@link Intersection} of those).
     */
    record ClassString(Type of) implements Type {
        public ClassString {
            Objects.requireNonNull(of);
        }

        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof ClassString x
                    && of.equals(x.of);
        }

        @Override
        public int hashCode() {
            return 31 * 53691270 + of.hashCode();
        }
    }

    /**
     * {@code array<K, V>}, {@code list<V>}, {@code non-empty-array<K, V>}. A list's key is
     * always {@code int<0, max>}; a list restricted further is a {@link Shape}.
     */
    record ArrayOf(Type key, Type value, boolean list, boolean nonEmpty) implements Type {
        public ArrayOf {
            Objects.requireNonNull(key);
            Objects.requireNonNull(value);
        }

        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof ArrayOf x
                    && list == x.list
                    && nonEmpty == x.nonEmpty
                    && key.equals(x.key)
                    && value.equals(x.value);
        }

        @Override
        public int hashCode() {
            int h = 59060397;
            h = 31 * h + (list ? 1 : 2);
            h = 31 * h + (nonEmpty ? 1 : 2);
            h = 31 * h + key.hashCode();
            h = 31 * h + value.hashCode();
            return h;
        }
    }

    /**
     * {@code array{a: int, b?: string}} and {@code list{int, string}}. Entries are sorted by
     * key (ints first); keys not listed may occur when {@code extraKey} admits them, with
     * values of {@code extraValue} (both never for a sealed shape, the default notation;
     * {@code array-key} and {@code mixed} for {@code array{a: int, ...}}).
     * {@code nonEmpty} is true whenever no value is the empty array.
     */
    record Shape(List<ShapeEntry> entries, Type extraKey, Type extraValue, boolean list, boolean nonEmpty)
            implements Type {
        public Shape {
            entries = List.copyOf(entries);
            Objects.requireNonNull(extraKey);
            Objects.requireNonNull(extraValue);
        }

        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof Shape x
                    && list == x.list
                    && nonEmpty == x.nonEmpty
                    && extraKey.equals(x.extraKey)
                    && extraValue.equals(x.extraValue)
                    && entries.equals(x.entries);
        }

        @Override
        public int hashCode() {
            int h = 64429524;
            h = 31 * h + (list ? 1 : 2);
            h = 31 * h + (nonEmpty ? 1 : 2);
            h = 31 * h + extraKey.hashCode();
            h = 31 * h + extraValue.hashCode();
            h = 31 * h + entries.hashCode();
            return h;
        }
    }

    /** {@code key} is a Long or a String; string keys are never decimal ints (PHP casts those). */
    record ShapeEntry(Object key, Type type, boolean optional) {
        public ShapeEntry {
            if (!(key instanceof Long) && !(key instanceof String)) {
                throw new IllegalArgumentException("shape key must be Long or String: " + key);
            }
            Objects.requireNonNull(type);
        }

        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof ShapeEntry x
                    && optional == x.optional
                    && key.equals(x.key)
                    && type.equals(x.type);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * (31 * 69798651 + (optional ? 1 : 2)) + key.hashCode()) + type.hashCode();
        }
    }

    /** {@code object}: any object. */
    record ObjectAny() implements Type {
        @Override public boolean equals(Object o) { return o instanceof ObjectAny; }
        @Override public int hashCode() { return 147926525; }
    }

    /**
     * An instance of a class, with its generic arguments ({@code Collection<int, Foo>}).
     * The name is as written or as resolved by the index, never changed here;
     * {@code Foo<...>} is below the raw {@code Foo}, and arguments are otherwise invariant.
     */
    record Obj(String name, List<Type> args) implements Type {
        public Obj {
            Objects.requireNonNull(name);
            args = List.copyOf(args);
        }

        public Obj(String name) {
            this(name, List.of());
        }

        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof Obj x
                    && name.equals(x.name)
                    && args.equals(x.args);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * 75167778 + name.hashCode()) + args.hashCode();
        }
    }

    /**
     * {@code static} (and {@code $this}): the late static class. {@code bound} is the class
     * it was declared in, null until resolved; written {@code static(Foo)} when bound.
     */
    record StaticType(String bound) implements Type {
        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof StaticType x
                    && Objects.equals(bound, x.bound);
        }

        @Override
        public int hashCode() {
            return 31 * 80536905 + Objects.hashCode(bound);
        }
    }

    /** {@code callable} ({@code sig} null) or {@code callable(int): string}. */
    record Callable(Sig sig) implements Type {
        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof Callable x
                    && Objects.equals(sig, x.sig);
        }

        @Override
        public int hashCode() {
            return 31 * 85906032 + Objects.hashCode(sig);
        }
    }

    /** {@code Closure(int): string}; a bare {@code Closure} is {@code Obj("Closure")}. */
    record ClosureType(Sig sig) implements Type {
        public ClosureType {
            Objects.requireNonNull(sig);
        }

        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof ClosureType x
                    && sig.equals(x.sig);
        }

        @Override
        public int hashCode() {
            return 31 * 91275159 + sig.hashCode();
        }
    }

    record Sig(List<Param> params, Type returns) {
        public Sig {
            params = List.copyOf(params);
            Objects.requireNonNull(returns);
        }

        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof Sig x
                    && returns.equals(x.returns)
                    && params.equals(x.params);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * 96644286 + returns.hashCode()) + params.hashCode();
        }
    }

    /** Written {@code int}, {@code int=} (optional), {@code int ...} (variadic), {@code int &} (by reference). */
    record Param(Type type, boolean optional, boolean variadic, boolean byRef) {
        public Param {
            Objects.requireNonNull(type);
        }

        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof Param x
                    && optional == x.optional
                    && variadic == x.variadic
                    && byRef == x.byRef
                    && type.equals(x.type);
        }

        @Override
        public int hashCode() {
            int h = 102013413;
            h = 31 * h + (optional ? 1 : 2);
            h = 31 * h + (variadic ? 1 : 2);
            h = 31 * h + (byRef ? 1 : 2);
            h = 31 * h + type.hashCode();
            return h;
        }
    }

    /**
     * A type parameter from {@code @template T of Bound}; written {@code T of Bound}, since a
     * bare {@code T} reads as a class name. It stands for one unknown type below its bound.
     */
    record TemplateParam(String name, Type bound) implements Type {
        public TemplateParam {
            Objects.requireNonNull(name);
            Objects.requireNonNull(bound);
        }

        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof TemplateParam x
                    && name.equals(x.name)
                    && bound.equals(x.bound);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * 107382540 + name.hashCode()) + bound.hashCode();
        }
    }

    record Resource() implements Type {
        @Override public boolean equals(Object o) { return o instanceof Resource; }
        @Override public int hashCode() { return 654878638; }
    }

    /** Normal form: at least two members, none a union, sorted (see {@link TypeOrder}). */
    record Union(List<Type> members) implements Type {
        public Union {
            members = List.copyOf(members);
        }

        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof Union x
                    && members.equals(x.members);
        }

        @Override
        public int hashCode() {
            return 31 * 112751667 + members.hashCode();
        }
    }

    /**
     * Normal form: atoms ({@link Obj}, {@link StaticType}, {@link ClosureType},
     * {@link Callable}, {@link TemplateParam}, {@link ClassString}) no one of which is above
     * another, sorted, then possibly one restriction of their kinds ({@code callable&string},
     * {@code (T of mixed)&(int|string)}).
     */
    record Intersection(List<Type> parts) implements Type {
        public Intersection {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof Intersection x
                    && parts.equals(x.parts);
        }

        @Override
        public int hashCode() {
            return 31 * 118120794 + parts.hashCode();
        }
    }
}
