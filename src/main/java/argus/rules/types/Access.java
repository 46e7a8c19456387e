package argus.rules.types;

import argus.ast.Expr;
import argus.ast.Modifiers;
import argus.ast.Node;
import argus.rules.Scope;
import java.nio.charset.StandardCharsets;

/** Whether code at the current position may use a member of a given visibility declared in a given class. */
final class Access {
    private Access() {
    }

    /** The class whose private and protected members the current code may use; null outside classes. */
    static String context(Scope scope) {
        return scope.enclosingClassName();
    }

    /**
     * Whether the class scope here cannot be told: in anonymous classes, and in closures of a
     * file that rebinds closures (Closure::bind, bindTo, call), which changes their class scope.
     */
    static boolean unknowable(Scope scope) {
        Node fn = scope.enclosingFunction();
        boolean inClosure = fn instanceof Expr.Closure || fn instanceof Expr.ArrowFunction;
        return scope.enclosingClass() != null && scope.enclosingClassName() == null
                || inClosure && rebindsClosures(scope);
    }

    /** Whether a member with these modifiers, declared in {@code declaring}, is visible from {@code context}. */
    static boolean visible(Scope scope, Modifiers mods, String declaring, String context) {
        if (mods.isPublic()) {
            return true;
        }
        if (context == null) {
            return false;
        }
        if (context.equalsIgnoreCase(declaring)) {
            return true;
        }
        if (mods.isPrivate()) {
            return false;
        }
        return scope.index().supertypes(context).contains(declaring.toLowerCase(java.util.Locale.ROOT))
                || scope.index().supertypes(declaring).contains(context.toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether the class or an ancestor is outside the index (its relations are then unknown). */
    static boolean hierarchyOpen(Scope scope, String cls) {
        return cls == null || !scope.index().hierarchyComplete(cls);
    }

    static boolean rebindsClosures(Scope scope) {
        String text = new String(scope.source().bytes(), StandardCharsets.ISO_8859_1);
        return text.contains("bind(") || text.contains("bindTo(") || text.contains("->call(")
                || text.contains("Closure::bind");
    }

    static String visibility(Modifiers mods) {
        return mods.isPrivate() ? "private" : "protected";
    }
}
