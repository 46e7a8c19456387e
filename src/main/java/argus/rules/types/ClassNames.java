package argus.rules.types;

import argus.ast.Name;
import argus.ast.Stmt;
import argus.ast.TypeHint;
import argus.index.BuiltinClass;
import argus.index.Symbols;
import argus.rules.FindingSink;
import argus.rules.Scope;
import java.util.function.Predicate;

/** Reporting a class-position name that is declared nowhere, shared by UndefinedClass, UndefinedInterface and UndefinedTrait. */
final class ClassNames {
    private ClassNames() {
    }

    /** Reports {@code name} when it resolves to no known class; {@code what} is "Class", "Interface" or "Trait". */
    static void check(Name name, Scope scope, FindingSink out, String what) {
        String resolved = scope.names().resolveClass(name);
        if (resolved.equals("self") || resolved.equals("static") || resolved.equals("parent")
                || Known.classKnown(scope, resolved) || Guards.guarded(scope, resolved)) {
            return;
        }
        Predicate<Symbols.Class> fits = switch (what) {
            case "Interface" -> c -> c.kind() == Stmt.ClassKind.INTERFACE;
            case "Trait" -> c -> c.kind() == Stmt.ClassKind.TRAIT;
            default -> c -> c.kind() != Stmt.ClassKind.TRAIT;
        };
        String hint = scope.index().derived(new Hints.Key(what, resolved.substring(resolved.lastIndexOf('\\') + 1)),
                () -> hint(scope, resolved, fits));
        out.report(name, what + " " + resolved + " does not exist" + hint);
    }

    /** Each class named in a declared type. */
    static void checkType(TypeHint hint, Scope scope, FindingSink out) {
        if (hint instanceof TypeHint.Named n) {
            String resolved = scope.names().resolveTypeName(n.name());
            if (!isKeyword(resolved)) {
                check(n.name(), scope, out, "Class");
            }
        } else if (hint instanceof TypeHint.Nullable n) {
            checkType(n.inner(), scope, out);
        } else if (hint instanceof TypeHint.Union u) {
            u.types().forEach(t -> checkType(t, scope, out));
        } else if (hint instanceof TypeHint.Intersection i) {
            i.types().forEach(t -> checkType(t, scope, out));
        }
    }

    private static boolean isKeyword(String lower) {
        return switch (lower) {
            case "int", "float", "string", "bool", "array", "callable", "iterable", "object", "mixed", "void",
                 "null", "never", "false", "true", "self", "static", "parent" -> true;
            default -> false;
        };
    }

    /** " (did you mean X?)" over the project's classes and PHP's, compared by their short names. */
    static String hint(Scope scope, String missing, Predicate<Symbols.Class> fits) {
        Hints.Nearest nearest = new Hints.Nearest(missing.substring(missing.lastIndexOf('\\') + 1));
        for (Symbols.Class c : scope.index().classes()) {
            if (fits.test(c)) {
                nearest.offerQualified(c.fqn());
            }
        }
        for (String key : Known.builtins().classKeys()) {
            if (key.indexOf('\\') < 0) {
                nearest.offer(key, key);
            }
        }
        String best = nearest.best();
        if (best == null) {
            return "";
        }
        BuiltinClass b = best.indexOf('\\') < 0 && scope.index().clazz(best) == null ? Known.builtinClass(best) : null;
        return " (did you mean " + (b != null ? b.name() : best) + "?)";
    }
}
