package argus.rules.compat;

import argus.ast.Stmt;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import argus.source.Span;

@RuleInfo(id = "NewEnum", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "Enum on a PHP version older than 8.1")
public final class NewEnum implements NodeRule<Stmt.ClassLike> {
    private static final Feature FEATURE = SyntaxFeatures.get("enum");

    @Override
    public Class<Stmt.ClassLike> nodeType() {
        return Stmt.ClassLike.class;
    }

    @Override
    public void check(Stmt.ClassLike node, Scope scope, FindingSink out) {
        if (node.kind() == Stmt.ClassKind.ENUM) {
            Span name = node.name().span();
            Span keyword = Locate.token(scope.source(), node.span(), node.span().start(), name.start(), "enum");
            FEATURE.report(keyword == null ? name : keyword.to(name), scope, out);
        }
    }
}
