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
 * A call passing more arguments than the function declares parameters. Variadic functions, and
 * functions reading their arguments with func_get_args() and its kin, take any number. Built-in
 * functions are judged with each targeted version's signature; PHP throws for them, and for
 * the project's functions the extra arguments are silently lost.
 */
@RuleInfo(id = "TooManyArguments", category = Category.TYPES, severity = Severity.ERROR,
        summary = "Call with more arguments than the function accepts", needs = Needs.FLOW,
        aliases = {"TooManyArguments", "arguments.count"})
public final class TooManyArguments implements NodeRule<Expr> {
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
        if (target == null || target.dynamicArgs()) {
            return;
        }
        ArgCount given = ArgCount.of(CallTarget.args(call));
        for (CallTarget.Shape shape : target.shapes()) {
            int max = shape.params().size();
            if (!shape.variadic() && given.positional() > max) {
                out.report(ArgCount.anchor(call), "Too many arguments to " + target.display() + ": "
                        + given.positional() + " given, " + (max == 0 ? "none" : "at most " + max) + " accepted"
                        + shape.on());
                return;
            }
        }
    }
}
