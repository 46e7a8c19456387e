package argus.rules.compat;

import argus.ast.Part;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;

@RuleInfo(id = "NewCatchWithoutVariable", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "catch without a variable on a PHP version older than 8.0")
public final class NewCatchWithoutVariable implements NodeRule<Part.Catch> {
    private static final Feature FEATURE = SyntaxFeatures.get("catch-without-variable");

    @Override
    public Class<Part.Catch> nodeType() {
        return Part.Catch.class;
    }

    @Override
    public void check(Part.Catch node, Scope scope, FindingSink out) {
        if (node.var() == null) {
            FEATURE.report(Locate.tokenOr(scope.source(), node.span(), "catch", node.span()), scope, out);
        }
    }
}
