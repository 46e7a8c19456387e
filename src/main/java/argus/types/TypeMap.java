package argus.types;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Rebuilds a type with its named parts replaced: the class names of a docblock resolved
 * against the file's imports, template parameters bound to the types a call site infers.
 * The function sees every {@link Type.Obj} (after its arguments were mapped),
 * {@link Type.StaticType} and {@link Type.TemplateParam}; whatever it returns is put back
 * in place, and the result is normalised, so a part mapped to mixed absorbs its union.
 */
public final class TypeMap {
    private TypeMap() {
    }

    public static Type map(Type t, UnaryOperator<Type> named) {
        Type out = walk(t, named);
        return out == t ? t : Types.normalize(out);
    }

    private static Type walk(Type t, UnaryOperator<Type> named) {
        if (t instanceof Type.Obj o) {
            List<Type> args = all(o.args(), named);
            return named.apply(args == o.args() ? o : new Type.Obj(o.name(), args));
        }
        if (t instanceof Type.StaticType || t instanceof Type.TemplateParam) {
            return named.apply(t);
        }
        if (t instanceof Type.Union u) {
            List<Type> members = all(u.members(), named);
            return members == u.members() ? u : Types.joinAll(members);
        }
        if (t instanceof Type.Intersection i) {
            List<Type> parts = all(i.parts(), named);
            if (parts == i.parts()) {
                return i;
            }
            Type out = Type.MIXED;
            for (Type p : parts) {
                out = Types.meet(out, p);
            }
            return out;
        }
        if (t instanceof Type.ArrayOf a) {
            Type k = walk(a.key(), named);
            Type v = walk(a.value(), named);
            return k == a.key() && v == a.value() ? a : new Type.ArrayOf(k, v, a.list(), a.nonEmpty());
        }
        if (t instanceof Type.Shape s) {
            List<Type.ShapeEntry> entries = new ArrayList<>(s.entries().size());
            boolean changed = false;
            for (Type.ShapeEntry e : s.entries()) {
                Type v = walk(e.type(), named);
                changed |= v != e.type();
                entries.add(v == e.type() ? e : new Type.ShapeEntry(e.key(), v, e.optional()));
            }
            Type ek = walk(s.extraKey(), named);
            Type ev = walk(s.extraValue(), named);
            if (!changed && ek == s.extraKey() && ev == s.extraValue()) {
                return s;
            }
            return new Type.Shape(entries, ek, ev, s.list(), s.nonEmpty());
        }
        if (t instanceof Type.ClassString c) {
            Type of = walk(c.of(), named);
            if (of == c.of()) {
                return c;
            }
            // class-string<T> with T bound to a union of classes is the union of their class-strings.
            List<Type> parts = new ArrayList<>();
            for (Type m : of instanceof Type.Union u ? u.members() : List.of(of)) {
                parts.add(m instanceof Type.Obj || m instanceof Type.StaticType || m instanceof Type.TemplateParam
                        || m instanceof Type.Intersection ? new Type.ClassString(m) : m instanceof Type.ObjectAny
                        ? new Type.ClassString(Type.OBJECT) : Type.STRING);
            }
            return Types.joinAll(parts);
        }
        if (t instanceof Type.Callable c && c.sig() != null) {
            Type.Sig sig = sig(c.sig(), named);
            return sig == c.sig() ? c : new Type.Callable(sig);
        }
        if (t instanceof Type.ClosureType c) {
            Type.Sig sig = sig(c.sig(), named);
            return sig == c.sig() ? c : new Type.ClosureType(sig);
        }
        return t;
    }

    private static Type.Sig sig(Type.Sig s, UnaryOperator<Type> named) {
        List<Type.Param> params = new ArrayList<>(s.params().size());
        boolean changed = false;
        for (Type.Param p : s.params()) {
            Type pt = walk(p.type(), named);
            changed |= pt != p.type();
            params.add(pt == p.type() ? p : new Type.Param(pt, p.optional(), p.variadic(), p.byRef()));
        }
        Type r = walk(s.returns(), named);
        return !changed && r == s.returns() ? s : new Type.Sig(params, r);
    }

    /** The same list when nothing changed, so that callers can tell cheaply. */
    private static List<Type> all(List<Type> types, UnaryOperator<Type> named) {
        List<Type> out = null;
        for (int i = 0; i < types.size(); i++) {
            Type m = walk(types.get(i), named);
            if (m != types.get(i) && out == null) {
                out = new ArrayList<>(types.subList(0, i));
            }
            if (out != null) {
                out.add(m);
            }
        }
        return out == null ? types : out;
    }

    /** Whether any part of {@code t} satisfies the test (a template parameter left unbound, say). */
    public static boolean any(Type t, java.util.function.Predicate<Type> test) {
        boolean[] found = {false};
        walk(t, x -> {
            if (test.test(x)) {
                found[0] = true;
            }
            return x;
        });
        return found[0];
    }
}
