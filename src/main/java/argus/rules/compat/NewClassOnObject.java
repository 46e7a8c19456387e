package argus.rules.compat;

import argus.ast.Expr;
import argus.ast.Identifier;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;

@RuleInfo(id = "NewClassOnObject", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "::class on an object on a PHP version older than 8.0")
public final class NewClassOnObject implements NodeRule<Expr.ClassConstFetch> {
    private static final Feature FEATURE = SyntaxFeatures.get("class-on-object");

    @Override
    public Class<Expr.ClassConstFetch> nodeType() {
        return Expr.ClassConstFetch.class;
    }

    @Override
    public void check(Expr.ClassConstFetch node, Scope scope, FindingSink out) {
        if (node.cls() instanceof Expr && node.name() instanceof Identifier id && id.name().equalsIgnoreCase("class")) {
            FEATURE.report(node.span(), scope, out);
        }
    }
}
