package argus.flow;

import argus.ast.Expr;
import argus.ast.Part;
import argus.types.Type;
import argus.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Array literals and offsets: shapes where keys are literal, `array<K, V>` otherwise. */
final class Arrays {
    private static final java.util.regex.Pattern INT_KEY = java.util.regex.Pattern.compile("-?(0|[1-9][0-9]{0,17})");
    /** Shapes of more entries than this are typed as plain arrays: big literal tables gain nothing from a shape. */
    private static final int MAX_SHAPE = 32;
    private static final int COARSE_ABOVE = 8;
    static final Type ARRAY_KEY = Types.join(Type.INT, Type.STRING);
    static final Type ANY_LIST = argus.types.TypeParser.parse("list<mixed>").type();
    static final Type EMPTY = Types.normalize(new Type.Shape(List.of(), Type.NEVER, Type.NEVER, false, false));

    private Arrays() {
    }

    static Type literal(ExprFlow flow, List<Part.ArrayItem> items) {
        if (items.isEmpty()) {
            return EMPTY;
        }
        Map<Object, Type> entries = new TreeMap<>(Arrays::compareKeys);
        boolean shape = items.size() <= MAX_SHAPE;
        long next = 0;
        List<Type> keyTypes = new ArrayList<>(items.size());
        List<Type> values = new ArrayList<>(items.size());
        for (Part.ArrayItem item : items) {
            Type key = item.key() == null ? null : flow.type(item.key());
            Type value = item.value() == null ? Type.NULL : flow.type(item.value());
            if (item.unpack()) {
                shape = false;
                keyTypes.add(ARRAY_KEY);
                values.add(valueOf(value));
                continue;
            }
            Object literalKey = key == null ? Long.valueOf(next) : literalKey(key);
            if (literalKey == null) {
                shape = false;
                keyTypes.add(key == null ? Type.INT : Types.meet(key, ARRAY_KEY) instanceof Type.Never ? ARRAY_KEY : key);
            } else {
                entries.put(literalKey, value);
                keyTypes.add(literalKey instanceof Long l ? new Type.IntLit(l) : new Type.StrLit((String) literalKey));
                if (literalKey instanceof Long l && l >= next) {
                    next = l + 1;
                }
            }
            values.add(value);
        }
        if (shape) {
            List<Type.ShapeEntry> list = new ArrayList<>();
            entries.forEach((k, v) -> list.add(new Type.ShapeEntry(k, v, false)));
            return Types.normalize(new Type.Shape(list, Type.NEVER, Type.NEVER, false, true));
        }
        // A big literal (a data table) is typed by the kinds of its values: joining thousands of
        // nested shapes one by one costs seconds and tells the rules nothing more.
        // The keys too: a service map keyed by 200 `Foo::class` took 30 s joined literal by literal.
        if (values.size() > COARSE_ABOVE) {
            values.replaceAll(Arrays::coarse);
            keyTypes.replaceAll(Arrays::coarse);
        }
        Type keys = Types.joinAll(keyTypes);
        return Types.normalize(new Type.ArrayOf(generalKey(keys), Types.joinAll(values), false, true));
    }

    /** A type's kinds: literals as their base type, any array as `array`. */
    static Type coarse(Type t) {
        if (t instanceof Type.IntLit || t instanceof Type.IntRange) {
            return Type.INT;
        }
        if (t instanceof Type.StrLit || t instanceof Type.NonEmptyStr || t instanceof Type.NumericStr
                || t instanceof Type.ClassString) {
            return Type.STRING;
        }
        if (t instanceof Type.True || t instanceof Type.False) {
            return Type.BOOL;
        }
        if (t instanceof Type.Shape || t instanceof Type.ArrayOf) {
            return Operators.ANY_ARRAY;
        }
        if (t instanceof Type.ClosureType) {
            // A service table of hundreds of closures (MediaWiki's ServiceWiring.php) joined signature by signature cost seconds.
            return new Type.Obj("Closure");
        }
        if (t instanceof Type.Union u) {
            List<Type> parts = new ArrayList<>();
            u.members().forEach(m -> parts.add(coarse(m)));
            return Types.joinAll(parts);
        }
        return t;
    }

    private static int compareKeys(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        if (a instanceof Long) {
            return -1;
        }
        if (b instanceof Long) {
            return 1;
        }
        return ((String) a).compareTo((String) b);
    }

    /** A literal key as PHP stores it: decimal-integer strings become ints. */
    static Object literalKey(Type key) {
        if (key instanceof Type.IntLit i) {
            return i.value();
        }
        if (key instanceof Type.StrLit s) {
            String v = s.value();
            if (INT_KEY.matcher(v).matches() && !v.equals("-0")) {
                return Long.parseLong(v);
            }
            return v;
        }
        if (key instanceof Type.True) {
            return 1L;
        }
        if (key instanceof Type.False || key instanceof Type.Null) {
            return key instanceof Type.Null ? "" : 0L;
        }
        return null;
    }

    static Type generalKey(Type keys) {
        if (Types.leq(keys, Type.INT)) {
            return Type.INT;
        }
        if (Types.leq(keys, Type.STRING)) {
            return Type.STRING;
        }
        return ARRAY_KEY;
    }

    /** `$a[$k]`: the value of a shape's literal key, an array's value type, a string's char. */
    static Type index(ExprFlow flow, Expr.Index n) {
        Type base = flow.type(n.base());
        Type key = n.offset() == null ? null : flow.type(n.offset());
        return element(base, key);
    }

    static Type element(Type base, Type key) {
        if (base instanceof Type.Union u) {
            List<Type> parts = new ArrayList<>();
            for (Type m : u.members()) {
                parts.add(element(m, key));
            }
            return Types.joinAll(parts);
        }
        if (base instanceof Type.Shape s) {
            Object k = key == null ? null : literalKey(key);
            if (k != null) {
                for (Type.ShapeEntry e : s.entries()) {
                    if (e.key().equals(k)) {
                        // An optional key may be missing, and reading it then gives null.
                        return e.optional() ? Types.join(e.type(), Type.NULL) : e.type();
                    }
                }
                return s.extraValue() instanceof Type.Never ? Type.NULL : Types.join(s.extraValue(), Type.NULL);
            }
            List<Type> all = new ArrayList<>(s.entries().size() + 1);
            all.add(s.extraValue());
            boolean big = s.entries().size() > COARSE_ABOVE;
            for (Type.ShapeEntry e : s.entries()) {
                all.add(big ? coarse(e.type()) : e.type());
            }
            return Types.joinAll(all);
        }
        if (base instanceof Type.ArrayOf a) {
            return a.value();
        }
        if (Types.leq(base, Type.STRING) && !(base instanceof Type.Never)) {
            return Type.STRING;
        }
        if (base instanceof Type.Null) {
            return Type.NULL;
        }
        return Type.MIXED;
    }

    /** The array with key {@code k} present, holding {@code value} (`isset($a['k'])`, `array_key_exists`). */
    static Type withKey(Type array, Object k, Type value) {
        Type open = Types.normalize(new Type.Shape(List.of(new Type.ShapeEntry(k, value, false)),
                ARRAY_KEY, Type.MIXED, false, true));
        Type out = Types.meet(array, open);
        return out instanceof Type.Never ? array : out;
    }

    /** `unset($a['k'])`: the key is gone; `unset($o->p)`: what was known of the property is. */
    static FlowState unset(ExprFlow flow, Expr target, FlowState in) {
        if (target instanceof Expr.Index idx && idx.offset() != null && ExprFlow.varName(idx.base()) != null) {
            String var = ExprFlow.varName(idx.base());
            FlowState st = flow.peek(idx.base(), in).state();
            ExprFlow.Typed key = flow.eval(idx.offset(), st);
            st = key.state();
            if (!st.knows(var)) {
                return st;
            }
            Type base = st.type(var);
            Object k = literalKey(key.type());
            Type after = base;
            if (base instanceof Type.Shape s && k != null) {
                List<Type.ShapeEntry> kept = new ArrayList<>();
                s.entries().forEach(e -> {
                    if (!e.key().equals(k)) {
                        kept.add(e);
                    }
                });
                after = Types.normalize(new Type.Shape(kept, s.extraKey(), s.extraValue(), false, false));
            } else if (Types.leq(base, Operators.ANY_ARRAY) && !(base instanceof Type.Never)) {
                // It may have been the last element: no longer surely non-empty, nor surely a list.
                after = Types.normalize(new Type.ArrayOf(iteration(base)[0], element(base, null), false, false));
            }
            return st.with(var, new FlowState.Var(after, st.get(var).defined()));
        }
        String path = ExprFlow.pathOf(target);
        FlowState st = flow.peek(target, in).state();
        return path == null ? st : st.forgetPathsOf(path).without(path);
    }

    /** The values a `...$x` spread contributes. */
    static Type valueOf(Type array) {
        Type t = element(array, null);
        return t;
    }

    /** `$a[] = v` / `$a[k] = v`: the array after the write. */
    static Type withElement(Type base, Type key, Type value) {
        // Shapes and arrays are arrays: asking the lattice re-normalises a big shape at every write.
        boolean array = surelyArray(base);
        if (base instanceof Type.Null || base instanceof Type.Never
                || !array && !base.equals(Type.MIXED) && !Types.leq(base, Operators.ANY_ARRAY)) {
            if (!(base instanceof Type.Null) && !(base instanceof Type.Never)) {
                return Type.MIXED;
            }
            base = EMPTY;
        }
        if (base.equals(Type.MIXED)) {
            return Type.MIXED;
        }
        if (heavy(base, value)) {
            // Configuration arrays built key by key (WordPress's debug data) would be re-normalised
            // whole at every assignment: past a size, the array keeps only its kinds.
            Type newKey = key == null ? Type.INT : generalKey(key);
            return Types.normalize(new Type.ArrayOf(generalKey(Types.join(keyOf(base), newKey)),
                    Types.join(coarse(element(base, null)), coarse(value)), false, true));
        }
        Object k = key == null ? null : literalKey(key);
        boolean wasList = !stringKeyed(base) && Types.leq(base, ANY_LIST);
        if (base instanceof Type.Shape s && k != null && s.entries().size() < MAX_SHAPE && s.extraValue() instanceof Type.Never) {
            List<Type.ShapeEntry> entries = new ArrayList<>();
            boolean replaced = false;
            for (Type.ShapeEntry e : s.entries()) {
                if (e.key().equals(k)) {
                    entries.add(new Type.ShapeEntry(k, value, false));
                    replaced = true;
                } else {
                    entries.add(e);
                }
            }
            if (!replaced) {
                entries.add(new Type.ShapeEntry(k, value, false));
            }
            entries.sort((x, y) -> compareKeys(x.key(), y.key()));
            // Writing an existing index or the next one keeps a list a list.
            boolean list = wasList && (replaced || k.equals((long) s.entries().size()));
            return Types.normalize(new Type.Shape(entries, Type.NEVER, Type.NEVER, list, true));
        }
        if (base instanceof Type.Shape s && key == null && s.extraValue() instanceof Type.Never && s.entries().size() < MAX_SHAPE) {
            long next = 0;
            for (Type.ShapeEntry e : s.entries()) {
                if (e.key() instanceof Long l && l >= next) {
                    next = l + 1;
                }
            }
            return withElement(base, new Type.IntLit(next), value);
        }
        Type oldKey = keyOf(base);
        Type oldValue = element(base, null);
        Type newKey = key == null ? Type.INT : generalKey(key);
        boolean list = wasList && key == null;
        return Types.normalize(new Type.ArrayOf(list ? Type.INT : generalKey(Types.join(oldKey, newKey)),
                Types.join(oldValue, value), list, true));
    }

    /** A shape, an array, or a union of them (a variable written differently on each branch). */
    private static boolean surelyArray(Type t) {
        if (t instanceof Type.Union u) {
            for (Type m : u.members()) {
                if (!surelyArray(m)) {
                    return false;
                }
            }
            return true;
        }
        return t instanceof Type.Shape || t instanceof Type.ArrayOf;
    }

    /** A shape with a string key, which no list has (or a union with such a member). */
    private static boolean stringKeyed(Type t) {
        if (t instanceof Type.Union u) {
            for (Type m : u.members()) {
                if (stringKeyed(m)) {
                    return true;
                }
            }
            return false;
        }
        if (t instanceof Type.Shape s) {
            for (Type.ShapeEntry e : s.entries()) {
                if (e.key() instanceof String) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final int MAX_WEIGHT = 256;

    private static boolean heavy(Type base, Type value) {
        return weight(base, MAX_WEIGHT) + weight(value, MAX_WEIGHT) > MAX_WEIGHT;
    }

    /** The number of shape entries and union members inside a type, counted up to {@code budget}. */
    static int weight(Type t, int budget) {
        int w = 1;
        if (t instanceof Type.Shape s) {
            for (Type.ShapeEntry e : s.entries()) {
                w += weight(e.type(), budget - w);
                if (w > budget) {
                    return w;
                }
            }
        } else if (t instanceof Type.ArrayOf a) {
            w += weight(a.value(), budget - w);
        } else if (t instanceof Type.Union u) {
            for (Type m : u.members()) {
                w += weight(m, budget - w);
                if (w > budget) {
                    return w;
                }
            }
        }
        return w;
    }

    static Type keyOf(Type array) {
        if (array instanceof Type.ArrayOf a) {
            return a.key();
        }
        if (array instanceof Type.Shape s) {
            Type out = s.extraKey();
            for (Type.ShapeEntry e : s.entries()) {
                out = Types.join(out, e.key() instanceof Long l ? new Type.IntLit(l) : new Type.StrLit((String) e.key()));
            }
            return out;
        }
        return ARRAY_KEY;
    }

    /** The key and value types a foreach over {@code subject} sees. */
    static Type[] iteration(Type subject) {
        return iteration(null, subject);
    }

    /**
     * The key and value types a foreach over {@code subject} sees; with an environment, also
     * those of generic objects (`Generator<int, string>`, a class that `@implements
     * IteratorAggregate<int, T>`).
     */
    static Type[] iteration(TypeEnv env, Type subject) {
        if (subject instanceof Type.Union u) {
            Type k = Type.NEVER;
            Type v = Type.NEVER;
            for (Type m : u.members()) {
                Type[] kv = iteration(env, m);
                k = Types.join(k, kv[0]);
                v = Types.join(v, kv[1]);
            }
            return new Type[] {k, v};
        }
        if (subject instanceof Type.ArrayOf || subject instanceof Type.Shape) {
            return new Type[] {keyOf(subject), element(subject, null)};
        }
        if (env != null && (subject instanceof Type.Obj || subject instanceof Type.StaticType)) {
            Map<String, Type> b = Generics.bindings(env, subject, "Traversable");
            Type k = b.get("TKey");
            Type v = b.get("TValue");
            return new Type[] {k == null ? Type.MIXED : k, v == null ? Type.MIXED : v};
        }
        if (env != null && subject instanceof Type.TemplateParam p) {
            return iteration(env, p.bound());
        }
        return new Type[] {Type.MIXED, Type.MIXED};
    }
}
