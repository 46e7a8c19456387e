package argus.rules.types;

import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.ArgumentRule;
import argus.rules.Needs;
import argus.rules.RuleInfo;
import argus.rules.Sureness;
import argus.types.Trilean;

/** An argument no value of which the parameter's declared type accepts: a TypeError each time the call runs. */
@RuleInfo(id = "InvalidArgument", category = Category.TYPES, severity = Severity.ERROR, needs = Needs.FLOW,
        summary = "An argument's type is never accepted by the parameter's declared type",
        aliases = {"InvalidArgument", "InvalidScalarArgument", "NullArgument", "argument.type"})
public final class InvalidArgument extends ArgumentRule {
    @Override
    protected String problem(ArgumentCase c) {
        if (!c.param().typed() || c.param().byRef()) {
            return null;
        }
        Trilean ok = c.acceptance().accepts(c.param().type(), c.value(), c.strict(), !c.target().isUserCode());
        if (ok != Trilean.NO) {
            return null;
        }
        // A value wrong only by its docblock (a stale `@return string[]`, `@var resource` for
        // what PHP 8 made a CurlHandle) is a verdict for --level 2; see Sureness.
        if (!Sureness.stands(c.scope(), c.binding().arg().value(), t -> c.acceptance().accepts(c.param().type(), t,
                c.strict(), !c.target().isUserCode()) == Trilean.NO)) {
            return null;
        }
        return c.describe() + " expects " + c.param().type().describe() + ", " + c.value().describe() + " given";
    }
}
