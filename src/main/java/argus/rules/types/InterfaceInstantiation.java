package argus.rules.types;

import argus.ast.Expr;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.Needs;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import java.util.Locale;

/** `new X` where X is an interface, a trait or an enum: PHP throws "Cannot instantiate ...". */
@RuleInfo(id = "InterfaceInstantiation", category = Category.TYPES, severity = Severity.ERROR,
        summary = "new of an interface, trait or enum", needs = Needs.PROJECT,
        aliases = {"InterfaceInstantiation", "new.interface", "new.trait", "new.enum"})
public final class InterfaceInstantiation implements NodeRule<Expr.New> {
    @Override
    public Class<Expr.New> nodeType() {
        return Expr.New.class;
    }

    @Override
    public void check(Expr.New n, Scope scope, FindingSink out) {
        Instantiation.Target t = Instantiation.of(n, scope);
        switch (t.kind()) {
            case INTERFACE, TRAIT, ENUM -> out.report(n.cls().span(),
                    "Cannot instantiate " + t.kind().name().toLowerCase(Locale.ROOT) + " " + t.name());
            default -> {
            }
        }
    }
}
