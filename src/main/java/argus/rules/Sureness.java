package argus.rules;

import argus.ast.Expr;
import argus.ast.Name;
import argus.types.Type;
import java.util.function.Predicate;

/**
 * How sure a "possibly null / possibly false" verdict must be at the run's level. From level 3
 * (the default) on, a verdict stands only when the code's own declarations give it too: native
 * parameter, property and return types, PHP's signatures, literals (see
 * {@link argus.flow.TypeEnv#declaredOnly()}). Docblocks of legacy code (WordPress's
 * `@return WP_Post|array|null` on get_post()) and inferred return types promise null far more
 * often than the code around them expects it; level 2 reports those too.
 */
public final class Sureness {
    /** The laxest level that also reports what only docblocks and inferred returns say. */
    public static final int DOCUMENTED = 2;

    private Sureness() {
    }

    /** Whether the verdict on {@code e}'s type, already true of its full type, stands at this level. */
    public static boolean stands(Scope scope, Expr e, Predicate<Type> verdict) {
        if (scope.level() <= DOCUMENTED || fromSignatureAlone(scope, e)) {
            return true;
        }
        Type declared = scope.declaredFlow().typeOf(e);
        return declared != null && verdict.test(declared);
    }

    /**
     * A built-in's result or a literal is the same in both views (PHP's signatures are no
     * docblocks): the declared-only flow of the file need not be computed for it.
     */
    private static boolean fromSignatureAlone(Scope scope, Expr e) {
        if (e instanceof Expr.NullLit || e instanceof Expr.BoolLit) {
            return true;
        }
        return e instanceof Expr.FuncCall call && call.callee() instanceof Name name
                && scope.types().userFunction(name, scope.names()) == null
                && scope.types().builtinFunction(name, scope.names()) != null;
    }
}
