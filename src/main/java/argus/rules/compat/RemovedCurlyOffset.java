package argus.rules.compat;

import argus.ast.Expr;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import argus.source.Span;

@RuleInfo(id = "RemovedCurlyOffset", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "Offset access with curly braces $a{0}, deprecated in PHP 7.4 and removed in 8.0")
public final class RemovedCurlyOffset implements NodeRule<Expr.Index> {
    private static final Feature FEATURE = SyntaxFeatures.get("curly-offset");

    @Override
    public Class<Expr.Index> nodeType() {
        return Expr.Index.class;
    }

    @Override
    public void check(Expr.Index node, Scope scope, FindingSink out) {
        if (node.curly()) {
            Span brace = Locate.token(scope.source(), node.span(), node.base().span().end(), node.span().end(), "{");
            Span end = node.span();
            FEATURE.report(brace == null ? end
                    : new Span(brace.start(), end.end(), brace.line(), brace.column(), end.endLine(), end.endColumn()), scope, out);
        }
    }
}
