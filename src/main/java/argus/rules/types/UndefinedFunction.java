package argus.rules.types;

import argus.ast.Expr;
import argus.ast.Name;
import argus.diag.Category;
import argus.diag.Severity;
import argus.index.NameContext;
import argus.rules.FindingSink;
import argus.rules.Needs;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import java.util.List;

/**
 * A call of a function that nothing declares: neither the analysed code (with its vendor
 * folder), nor PHP in any version argus knows, nor a common extension. Calls the file guards
 * with function_exists() or is_callable() are left alone.
 */
@RuleInfo(id = "UndefinedFunction", category = Category.TYPES, severity = Severity.ERROR,
        summary = "Call of a function that is declared nowhere", needs = Needs.PROJECT,
        aliases = {"UndefinedFunction", "function.notFound"})
public final class UndefinedFunction implements NodeRule<Expr.FuncCall> {
    @Override
    public Class<Expr.FuncCall> nodeType() {
        return Expr.FuncCall.class;
    }

    @Override
    public void check(Expr.FuncCall call, Scope scope, FindingSink out) {
        if (!(call.callee() instanceof Name name)) {
            return;
        }
        NameContext names = scope.names();
        if (Known.functionKnown(scope, name, names) || Guards.guarded(scope, name.text())) {
            return;
        }
        List<String> candidates = names.functionCandidates(name);
        String shown = candidates.get(candidates.size() - 1);
        String hint = scope.index().derived(new Hints.Key("function", name.last()), () -> {
            Hints.Nearest nearest = new Hints.Nearest(name.last());
            scope.index().functions().forEach(f -> nearest.offerQualified(f.fqn()));
            Known.builtins().functionKeys().forEach(nearest::offer);
            return nearest.suffix("", "()");
        });
        out.report(name, "Call to undefined function " + shown + "()" + hint);
    }
}
