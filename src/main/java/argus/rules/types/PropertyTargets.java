package argus.rules.types;

import argus.ast.Expr;
import argus.ast.Identifier;
import argus.ast.Name;
import argus.index.Symbols;
import argus.rules.Scope;
import argus.types.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * The declared properties an access `$obj->p` or `A::$p` reaches, as far as the inferred types
 * tell. Empty when any part is unknown: a receiver that may be a non-object or an object of an
 * unknown class, a dynamic name, a property no class declares (magic `__get`/`__set`, dynamic
 * properties). The property rules then stay quiet.
 */
final class PropertyTargets {
    /** One class the receiver may be and the property PHP finds on it. */
    record Target(String receiverClass, Symbols.Property property) {
    }

    private PropertyTargets() {
    }

    static List<Target> of(Expr access, Scope scope) {
        if (access instanceof Expr.PropertyFetch p && p.name() instanceof Identifier id && scope.evaluated(p.object())) {
            List<Target> out = new ArrayList<>();
            Type object = scope.typeOf(p.object());
            for (Type m : object instanceof Type.Union u ? u.members() : List.of(object)) {
                if (m instanceof Type.Null) {
                    // Writing on null fails for another reason, which the null-safety rules report.
                    continue;
                }
                String cls = m instanceof Type.Obj o ? o.name() : m instanceof Type.StaticType s ? s.bound() : null;
                Symbols.Property prop = cls == null ? null : scope.index().findProperty(cls, id.name());
                if (prop == null || prop.modifiers().isStatic()) {
                    return List.of();
                }
                out.add(new Target(cls, prop));
            }
            return out;
        }
        if (access instanceof Expr.StaticPropertyFetch s && s.name() instanceof Identifier id) {
            String cls = staticClass(s, scope);
            Symbols.Property prop = cls == null ? null : scope.index().findProperty(cls, id.name());
            return prop == null || !prop.modifiers().isStatic() ? List.of() : List.of(new Target(cls, prop));
        }
        return List.of();
    }

    private static String staticClass(Expr.StaticPropertyFetch s, Scope scope) {
        if (s.cls() instanceof Name n) {
            String self = scope.enclosingClassName();
            if (n.is("self") || n.is("static")) {
                return self;
            }
            if (n.is("parent")) {
                return scope.types().parentOf(self);
            }
            return scope.names().resolveClass(n);
        }
        Type t = scope.evaluated((Expr) s.cls()) ? scope.typeOf((Expr) s.cls()) : Type.MIXED;
        return t instanceof Type.Obj o ? o.name() : null;
    }

    /** A private property declared by another class than the one whose code runs is not the one PHP writes. */
    static boolean visibleHere(Symbols.Property prop, Scope scope) {
        return !prop.modifiers().isPrivate() || prop.declaringClass().equalsIgnoreCase(String.valueOf(scope.enclosingClassName()));
    }

    /** The class of a declaration, when it is a trait: its `self` and its scope are those of the using class. */
    static boolean declaredInTrait(Symbols.Property prop, Scope scope) {
        Symbols.Class c = scope.index().clazz(prop.declaringClass());
        return c == null || c.kind() == argus.ast.Stmt.ClassKind.TRAIT;
    }
}
