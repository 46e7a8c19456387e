package argus.rules.types;

import argus.ast.Expr;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.Needs;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import java.util.List;

/**
 * A call that leaves a required parameter without an argument. Built-in functions are judged
 * with each targeted version's signature. Calls that unpack arguments (`...$args`) are not
 * judged, nor calls whose target is unknown or magic.
 */
@RuleInfo(id = "TooFewArguments", category = Category.TYPES, severity = Severity.ERROR,
        summary = "Call with fewer arguments than the function requires", needs = Needs.FLOW,
        aliases = {"TooFewArguments", "arguments.count"})
public final class TooFewArguments implements NodeRule<Expr> {
    @Override
    public Class<Expr> nodeType() {
        return Expr.class;
    }

    @Override
    public List<Class<? extends Expr>> nodeTypes() {
        return ArgCount.CALLS;
    }

    @Override
    public void check(Expr call, Scope scope, FindingSink out) {
        CallTarget target = CallTarget.of(call, scope);
        if (target == null) {
            return;
        }
        ArgCount given = ArgCount.of(CallTarget.args(call));
        for (CallTarget.Shape shape : target.shapes()) {
            int required = shape.required();
            for (int i = given.positional(); i < required; i++) {
                CallTarget.P p = shape.params().get(i);
                if (!p.variadic() && !given.named().contains(p.name())) {
                    int count = given.positional() + given.named().size();
                    out.report(ArgCount.anchor(call), "Too few arguments to " + target.display() + ": " + count
                            + " given, " + required + " required"
                            + shape.on() + "; $" + p.name() + " is missing");
                    return;
                }
            }
        }
    }
}
