package argus.rules;

import argus.ast.Expr;
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
        if (scope.level() <= DOCUMENTED) {
            return true;
        }
        Type declared = scope.declaredFlow().typeOf(e);
        return declared != null && verdict.test(declared);
    }
}
