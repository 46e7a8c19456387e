package argus.rules.nullsafety;

import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.ArgumentRule;
import argus.rules.Needs;
import argus.rules.RuleInfo;
import argus.rules.Sureness;
import argus.types.Trilean;
import argus.types.Type;
import argus.types.Types;

/**
 * A possibly-null argument for a parameter that does not take null. Built-in functions in the
 * default (weak) mode take null for scalars (deprecated from 8.1, a compatibility finding), so
 * they count only under strict_types or for non-scalar parameters.
 */
@RuleInfo(id = "PossiblyNullArgument", category = Category.NULL_SAFETY, severity = Severity.WARNING, needs = Needs.FLOW,
        level = 3, summary = "An argument may be null but the parameter does not accept null",
        aliases = {"PossiblyNullArgument", "argument.type"})
public final class PossiblyNullArgument extends ArgumentRule {
    @Override
    protected String problem(ArgumentCase c) {
        Type v = c.value();
        if (!c.param().typed() || c.param().byRef() || !Types.containsNull(v) || v instanceof Type.Null) {
            return null;
        }
        boolean builtin = !c.target().isUserCode();
        if (c.acceptance().accepts(c.param().type(), Type.NULL, c.strict(), builtin) != Trilean.NO) {
            return null;
        }
        if (c.acceptance().accepts(c.param().type(), Types.removeNull(v), c.strict(), builtin) != Trilean.YES) {
            return null;
        }
        if (!Sureness.stands(c.scope(), c.binding().arg().value(), Types::containsNull)) {
            return null;
        }
        return c.describe() + " expects " + c.param().type().describe() + ", " + v.describe()
                + " given: the value may be null";
    }
}
