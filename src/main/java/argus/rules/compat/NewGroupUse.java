package argus.rules.compat;

import argus.ast.Stmt;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import argus.source.Span;

@RuleInfo(id = "NewGroupUse", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "Group use declaration on a PHP version older than 7.0")
public final class NewGroupUse implements NodeRule<Stmt.Use> {
    private static final Feature FEATURE = SyntaxFeatures.get("group-use");

    @Override
    public Class<Stmt.Use> nodeType() {
        return Stmt.Use.class;
    }

    @Override
    public void check(Stmt.Use node, Scope scope, FindingSink out) {
        // The AST flattens a group into full names; only the source still shows the braces.
        Span brace = Locate.token(scope.source(), node.span(), node.span().start(), node.span().end(), "{");
        if (brace != null) {
            FEATURE.report(Locate.tokenOr(scope.source(), node.span(), "use", node.span()), scope, out);
        }
    }
}
