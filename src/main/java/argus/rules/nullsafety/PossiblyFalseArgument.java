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
import java.util.ArrayList;
import java.util.List;

/**
 * A value that may be the `false` of a failing built-in (`strpos`, `fopen`, `file_get_contents`)
 * passed on unchecked. PHP converts false to 0 or "" without a word, which is why the bug hides:
 * reported even where weak mode would accept it, unless the parameter itself takes bool or false.
 */
@RuleInfo(id = "PossiblyFalseArgument", category = Category.NULL_SAFETY, severity = Severity.WARNING, needs = Needs.FLOW,
        level = 3, summary = "An argument may be false (a failed call's result) but the parameter does not take false",
        aliases = {"PossiblyFalseArgument", "argument.type"})
public final class PossiblyFalseArgument extends ArgumentRule {
    @Override
    protected String problem(ArgumentCase c) {
        if (!c.param().typed() || c.param().byRef() || !(c.value() instanceof Type.Union u)) {
            return null;
        }
        List<Type> rest = new ArrayList<>();
        boolean hasFalse = false;
        for (Type m : u.members()) {
            if (m instanceof Type.False) {
                hasFalse = true;
            } else if (m instanceof Type.True || m instanceof Type.Bool) {
                return null;
            } else {
                rest.add(m);
            }
        }
        if (!hasFalse || rest.isEmpty()) {
            return null;
        }
        if (Types.isSubtype(Type.FALSE, c.param().type(), c.acceptance().env()) != Trilean.NO) {
            return null;
        }
        boolean builtin = !c.target().isUserCode();
        if (c.acceptance().accepts(c.param().type(), Types.joinAll(rest), c.strict(), builtin) != Trilean.YES) {
            return null;
        }
        if (!Sureness.stands(c.scope(), c.binding().arg().value(),
                t -> Dereference.members(t).stream().anyMatch(m -> m instanceof Type.False))) {
            return null;
        }
        return c.describe() + " expects " + c.param().type().describe() + ", " + c.value().describe()
                + " given: the value may be false";
    }
}
