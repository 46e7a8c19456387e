package argus.rules.compat;

import argus.ast.Part;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;

@RuleInfo(id = "NewConstructorPromotion", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "Constructor property promotion on a PHP version older than 8.0")
public final class NewConstructorPromotion implements NodeRule<Part.Param> {
    private static final Feature FEATURE = SyntaxFeatures.get("constructor-promotion");

    @Override
    public Class<Part.Param> nodeType() {
        return Part.Param.class;
    }

    @Override
    public void check(Part.Param node, Scope scope, FindingSink out) {
        if (!node.modifiers().isEmpty()) {
            FEATURE.report(node.span(), scope, out);
        }
    }
}
