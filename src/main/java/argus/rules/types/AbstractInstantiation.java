package argus.rules.types;

import argus.ast.Expr;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.Needs;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;

/** `new X` where X is an abstract class: PHP throws "Cannot instantiate abstract class". */
@RuleInfo(id = "AbstractInstantiation", category = Category.TYPES, severity = Severity.ERROR,
        summary = "new of an abstract class", needs = Needs.PROJECT,
        aliases = {"AbstractInstantiation", "new.abstract"})
public final class AbstractInstantiation implements NodeRule<Expr.New> {
    @Override
    public Class<Expr.New> nodeType() {
        return Expr.New.class;
    }

    @Override
    public void check(Expr.New n, Scope scope, FindingSink out) {
        Instantiation.Target t = Instantiation.of(n, scope);
        if (t.kind() == Instantiation.Kind.ABSTRACT) {
            out.report(n.cls().span(), "Cannot instantiate abstract class " + t.name());
        }
    }
}
