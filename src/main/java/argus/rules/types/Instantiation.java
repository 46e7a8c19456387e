package argus.rules.types;

import argus.ast.Expr;
import argus.ast.Name;
import argus.index.BuiltinClass;
import argus.index.Symbols;
import argus.rules.Scope;

/** What `new X` creates, for AbstractInstantiation and InterfaceInstantiation. */
final class Instantiation {
    enum Kind { CLASS, ABSTRACT, INTERFACE, TRAIT, ENUM, UNKNOWN }

    record Target(Kind kind, String name) {
    }

    private Instantiation() {
    }

    /** The class `new X` names (self, static and parent, and computed classes, are UNKNOWN). */
    static Target of(Expr.New n, Scope scope) {
        if (!(n.cls() instanceof Name name) || name.is("static") || name.is("self") || name.is("parent")) {
            return new Target(Kind.UNKNOWN, null);
        }
        String cls = scope.names().resolveClass(name);
        Symbols.Class c = scope.index().clazz(cls);
        if (c != null) {
            return new Target(switch (c.kind()) {
                case INTERFACE -> Kind.INTERFACE;
                case TRAIT -> Kind.TRAIT;
                case ENUM -> Kind.ENUM;
                default -> c.isAbstract() ? Kind.ABSTRACT : Kind.CLASS;
            }, c.fqn());
        }
        BuiltinClass b = Known.builtinClass(cls);
        if (b == null || scope.index().aliasOf(cls) != null) {
            return new Target(Kind.UNKNOWN, null);
        }
        BuiltinClass.Variant v = b.variants().get(b.variants().size() - 1);
        Kind k = switch (v.kind()) {
            case INTERFACE -> Kind.INTERFACE;
            case TRAIT -> Kind.TRAIT;
            case ENUM -> Kind.ENUM;
            default -> v.isAbstract() ? Kind.ABSTRACT : Kind.CLASS;
        };
        return new Target(k, b.name());
    }
}
