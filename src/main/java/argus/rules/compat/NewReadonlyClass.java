package argus.rules.compat;

import argus.ast.Stmt;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;

@RuleInfo(id = "NewReadonlyClass", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "readonly class on a PHP version older than 8.2")
public final class NewReadonlyClass implements NodeRule<Stmt.ClassLike> {
    private static final Feature FEATURE = SyntaxFeatures.get("readonly-class");

    @Override
    public Class<Stmt.ClassLike> nodeType() {
        return Stmt.ClassLike.class;
    }

    @Override
    public void check(Stmt.ClassLike node, Scope scope, FindingSink out) {
        if (node.modifiers().isReadonly()) {
            FEATURE.report(Locate.tokenOr(scope.source(), node.span(), "readonly", node.span()), scope, out);
        }
    }
}
