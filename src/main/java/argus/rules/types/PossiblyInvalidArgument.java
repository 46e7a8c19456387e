package argus.rules.types;

import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.ArgumentRule;
import argus.rules.Needs;
import argus.rules.RuleInfo;
import argus.types.Trilean;
import argus.types.Type;

/**
 * An argument whose type is a union some members of which the parameter rejects (`int|array`
 * to a `string` parameter). Null and false have their own rules; unknown parts never count.
 */
@RuleInfo(id = "PossiblyInvalidArgument", category = Category.TYPES, severity = Severity.WARNING, needs = Needs.FLOW,
        level = 2, precision = RuleInfo.Precision.MEDIUM,
        summary = "Some of the types an argument may have are not accepted by the parameter",
        aliases = {"PossiblyInvalidArgument"})
public final class PossiblyInvalidArgument extends ArgumentRule {
    @Override
    protected String problem(ArgumentCase c) {
        if (!c.param().typed() || c.param().byRef() || !(c.value() instanceof Type.Union u)) {
            return null;
        }
        boolean builtin = !c.target().isUserCode();
        boolean rejected = false;
        boolean accepted = false;
        for (Type m : u.members()) {
            if (m instanceof Type.Null || m instanceof Type.False || m instanceof Type.Mixed) {
                continue;
            }
            Trilean t = c.acceptance().accepts(c.param().type(), m, c.strict(), builtin);
            rejected |= t == Trilean.NO;
            accepted |= t == Trilean.YES;
        }
        if (!rejected || !accepted) {
            return null;
        }
        return c.describe() + " expects " + c.param().type().describe() + ", " + c.value().describe()
                + " given: not every one of these is accepted";
    }

}
