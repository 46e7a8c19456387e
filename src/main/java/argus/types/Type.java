package argus.types;

import java.util.List;
import java.util.Objects;

/**
 * A type: a set of PHP values. Build compound types with {@link Types} (join, meet,
 * {@link TypeParser}), never by calling the {@link Union} or {@link Intersection}
 * constructors: the lattice laws and {@code equals} assume the normal form described in
 * {@code package-info.java}.
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
    }

    /** Top: any value. */
    record Mixed() implements Type {
    }

    record Null() implements Type {
    }

    /**
     * A function that returns no value. Kept apart from null so that messages can say
     * void; the flow layer reads a void call result as null where a value is used.
     */
    record Void() implements Type {
    }

    record Bool() implements Type {
    }

    record True() implements Type {
    }

    record False() implements Type {
    }

    /** Every int; finite parts are {@link IntLit} or {@link IntRange}. */
    record Int() implements Type {
    }

    record IntLit(long value) implements Type {
    }

    /**
     * {@code int<min, max>}; null is unbounded. In normal form at least nine values wide
     * (narrower ranges are listed as literals) and never both bounds null (that is {@link Int}).
     */
    record IntRange(Long min, Long max) implements Type {
    }

    /** Floats have no literal types: float narrowing buys little and NaN breaks equality. */
    record Float() implements Type {
    }

    record Str() implements Type {
    }

    /** {@code non-empty-string}. */
    record NonEmptyStr() implements Type {
    }

    /** {@code numeric-string}: what {@code is_numeric} accepts; every one is non-empty. */
    record NumericStr() implements Type {
    }

    /** A string literal; chars are bytes, as in the AST (ISO-8859-1). */
    record StrLit(String value) implements Type {
        public StrLit {
            Objects.requireNonNull(value);
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
    }

    /** {@code key} is a Long or a String; string keys are never decimal ints (PHP casts those). */
    record ShapeEntry(Object key, Type type, boolean optional) {
        public ShapeEntry {
            if (!(key instanceof Long) && !(key instanceof String)) {
                throw new IllegalArgumentException("shape key must be Long or String: " + key);
            }
            Objects.requireNonNull(type);
        }
    }

    /** {@code object}: any object. */
    record ObjectAny() implements Type {
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
    }

    /**
     * {@code static} (and {@code $this}): the late static class. {@code bound} is the class
     * it was declared in, null until resolved; written {@code static(Foo)} when bound.
     */
    record StaticType(String bound) implements Type {
    }

    /** {@code callable} ({@code sig} null) or {@code callable(int): string}. */
    record Callable(Sig sig) implements Type {
    }

    /** {@code Closure(int): string}; a bare {@code Closure} is {@code Obj("Closure")}. */
    record ClosureType(Sig sig) implements Type {
        public ClosureType {
            Objects.requireNonNull(sig);
        }
    }

    record Sig(List<Param> params, Type returns) {
        public Sig {
            params = List.copyOf(params);
            Objects.requireNonNull(returns);
        }
    }

    /** Written {@code int}, {@code int=} (optional), {@code int ...} (variadic), {@code int &} (by reference). */
    record Param(Type type, boolean optional, boolean variadic, boolean byRef) {
        public Param {
            Objects.requireNonNull(type);
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
    }

    record Resource() implements Type {
    }

    /** Normal form: at least two members, none a union, sorted (see {@link TypeOrder}). */
    record Union(List<Type> members) implements Type {
        public Union {
            members = List.copyOf(members);
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
    }
}
