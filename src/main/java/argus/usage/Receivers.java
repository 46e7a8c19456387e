package argus.usage;

import argus.ast.Stmt;
import argus.index.SymbolIndex;
import argus.index.Symbols;
import argus.types.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The classes a method call, `new` or `::` may reach, from the inferred type of its receiver. */
final class Receivers {
    private Receivers() {
    }

    /**
     * The classes a value may be an instance (or a class-string) of, lower case; just
     * {@link References#ANY_CLASS} when any class may be meant: mixed, object, a template, or
     * `$this` in a trait (whatever class uses it). Null and false add nothing: a call on them fails.
     */
    static List<String> classesOf(SymbolIndex index, Type t) {
        List<String> out = new ArrayList<>();
        List<Type> members = t instanceof Type.Union u ? u.members() : t instanceof Type.Intersection i ? i.parts() : List.of(t);
        for (Type m : members) {
            String cls = m instanceof Type.Obj o ? o.name() : m instanceof Type.StaticType s ? s.bound()
                    : m instanceof Type.ClassString cs && cs.of() instanceof Type.Obj o ? o.name()
                    : m instanceof Type.StrLit s ? s.value() : null;
            if (cls == null) {
                if (!(m instanceof Type.Null) && !(m instanceof Type.False)) {
                    return List.of(References.ANY_CLASS);
                }
                continue;
            }
            Symbols.Class declared = index.clazz(cls);
            if (declared != null && declared.kind() == Stmt.ClassKind.TRAIT) {
                return List.of(References.ANY_CLASS);
            }
            out.add((cls.startsWith("\\") ? cls.substring(1) : cls).toLowerCase(Locale.ROOT));
        }
        return out.isEmpty() ? List.of(References.ANY_CLASS) : out;
    }
}
