package argus.types;

import java.util.List;
import java.util.function.UnaryOperator;

/** {@link Types#transform}: rebuilds a type bottom-up through a function, then normalises it. */
final class TypeTransform {
    private TypeTransform() {
    }

    static Type apply(Type t, UnaryOperator<Type> f) {
        return Types.normalize(walk(t, f));
    }

    private static Type walk(Type t, UnaryOperator<Type> f) {
        return f.apply(children(t, f));
    }

    private static Type children(Type t, UnaryOperator<Type> f) {
        if (t instanceof Type.Union u) {
            return new Type.Union(all(u.members(), f));
        }
        if (t instanceof Type.Intersection i) {
            return new Type.Intersection(all(i.parts(), f));
        }
        if (t instanceof Type.Obj o) {
            return o.args().isEmpty() ? o : new Type.Obj(o.name(), all(o.args(), f));
        }
        if (t instanceof Type.ArrayOf a) {
            return new Type.ArrayOf(walk(a.key(), f), walk(a.value(), f), a.list(), a.nonEmpty());
        }
        if (t instanceof Type.Shape s) {
            return new Type.Shape(s.entries().stream()
                    .map(e -> new Type.ShapeEntry(e.key(), walk(e.type(), f), e.optional())).toList(),
                    walk(s.extraKey(), f), walk(s.extraValue(), f), s.list(), s.nonEmpty());
        }
        if (t instanceof Type.ClassString c) {
            return new Type.ClassString(walk(c.of(), f));
        }
        if (t instanceof Type.Callable c) {
            return c.sig() == null ? c : new Type.Callable(sig(c.sig(), f));
        }
        if (t instanceof Type.ClosureType c) {
            return new Type.ClosureType(sig(c.sig(), f));
        }
        if (t instanceof Type.TemplateParam p) {
            return new Type.TemplateParam(p.name(), walk(p.bound(), f));
        }
        return t;
    }

    private static List<Type> all(List<Type> ts, UnaryOperator<Type> f) {
        return ts.stream().map(x -> walk(x, f)).toList();
    }

    private static Type.Sig sig(Type.Sig s, UnaryOperator<Type> f) {
        return new Type.Sig(s.params().stream()
                .map(p -> new Type.Param(walk(p.type(), f), p.optional(), p.variadic(), p.byRef())).toList(),
                walk(s.returns(), f));
    }
}
