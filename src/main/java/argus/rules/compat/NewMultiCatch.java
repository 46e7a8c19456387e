package argus.rules.compat;

import argus.ast.Part;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;

@RuleInfo(id = "NewMultiCatch", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "catch of several exception types on a PHP version older than 7.1")
public final class NewMultiCatch implements NodeRule<Part.Catch> {
    private static final Feature FEATURE = SyntaxFeatures.get("multi-catch");

    @Override
    public Class<Part.Catch> nodeType() {
        return Part.Catch.class;
    }

    @Override
    public void check(Part.Catch node, Scope scope, FindingSink out) {
        if (node.types().size() > 1) {
            FEATURE.report(node.types().get(0).span().to(node.types().get(node.types().size() - 1).span()), scope, out);
        }
    }
}
