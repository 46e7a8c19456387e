package argus.rules.deadcode;

import argus.ast.Expr;
import argus.ast.Name;
import argus.index.Symbols;
import argus.rules.Scope;
import argus.source.LineMap;
import argus.types.Type;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Variables that are never read on purpose: they hold an object whose destructor does the work
 * when the function returns (a scoped lock, `new ScopedCallback(...)`), or their author said so
 * in a comment PhpStorm, PHPCS or Phan obey.
 */
final class KeepAlive {
    private KeepAlive() {
    }

    private static final Pattern GUARD_NAME = Pattern.compile(".*(scope|guard|lock|cleanup|keepalive|sentinel).*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SILENCED = Pattern.compile(
            "@noinspection\\s+PhpUnusedLocalVariable|phpcs:ignore[^\\n]*Unused|@phan-suppress[^\\n]*Unused"
            + "|@psalm-suppress\\s+UnusedVariable|@phpstan-ignore");

    static boolean holds(Expr.Assign store, Scope scope) {
        String name = ((Expr.Variable) store.target()).name();
        return GUARD_NAME.matcher(name).matches() || silenced(store, scope) || destructs(store.value(), scope);
    }

    /** A comment on the assignment's line or the line above it. */
    private static boolean silenced(Expr.Assign store, Scope scope) {
        LineMap lines = scope.source().lines();
        int line = store.span().line();
        int from = lines.lineStart(Math.max(1, line - 1));
        int to = lines.lineEnd(store.span().endLine(), scope.source().bytes());
        String text = scope.source().text(from, Math.max(from, to));
        return SILENCED.matcher(text).find();
    }

    /** The value is an object whose class (or an ancestor) has a destructor. */
    private static boolean destructs(Expr value, Scope scope) {
        if (value instanceof Expr.New n && n.cls() instanceof Name cls) {
            return hasDestructor(scope.names().resolveClass(cls), scope);
        }
        if (!(value instanceof Expr.MethodCall || value instanceof Expr.StaticCall || value instanceof Expr.FuncCall)) {
            return false;
        }
        Type t = scope.typeOf(value);
        return t instanceof Type.Obj o && hasDestructor(o.name(), scope);
    }

    private static boolean hasDestructor(String cls, Scope scope) {
        Symbols.Method m = scope.index().findMethod(cls, "__destruct");
        return m != null || scope.types().builtins().method(cls, "__destruct") != null
                || cls.toLowerCase(Locale.ROOT).endsWith("scopedcallback");
    }
}
