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
 * A global constant that nothing declares: no `const`, no `define()` with that literal name in
 * the analysed code, and PHP has none of that name. Files testing `defined('X')` are left alone.
 */
@RuleInfo(id = "UndefinedConstant", category = Category.TYPES, severity = Severity.ERROR,
        summary = "Use of a constant that is declared nowhere", needs = Needs.PROJECT,
        aliases = {"UndefinedConstant", "constant.notFound"})
public final class UndefinedConstant implements NodeRule<Expr.ConstFetch> {
    @Override
    public Class<Expr.ConstFetch> nodeType() {
        return Expr.ConstFetch.class;
    }

    @Override
    public void check(Expr.ConstFetch fetch, Scope scope, FindingSink out) {
        if (Known.constantKnown(scope, fetch.name(), scope.names()) || Guards.guarded(scope, fetch.name().last())) {
            return;
        }
        List<String> candidates = scope.names().constantCandidates(fetch.name());
        String shown = candidates.get(candidates.size() - 1);
        String last = fetch.name().last();
        String hint = scope.index().derived(new Hints.Key("constant", last), () -> {
            Hints.Nearest nearest = new Hints.Nearest(last);
            scope.index().constants().forEach(c -> nearest.offerQualified(c.fqn()));
            Known.builtins().constantKeys().forEach(nearest::offer);
            return nearest.suffix("", "");
        });
        out.report(fetch, "Undefined constant " + shown + hint);
    }
}
