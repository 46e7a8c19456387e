package argus.rules.compat;

import argus.ast.Member;
import argus.ast.Node;
import argus.ast.Part;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import java.util.List;

@RuleInfo(id = "NewPropertyHook", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "Property hook on a PHP version older than 8.4")
public final class NewPropertyHook implements NodeRule<Node> {
    private static final Feature FEATURE = SyntaxFeatures.get("property-hook");

    @Override
    public Class<Node> nodeType() {
        return Node.class;
    }

    @Override
    public List<Class<? extends Node>> nodeTypes() {
        return List.of(Member.Property.class, Part.Param.class);
    }

    @Override
    public void check(Node node, Scope scope, FindingSink out) {
        List<Part.PropertyHook> hooks = node instanceof Member.Property p ? p.hooks() : ((Part.Param) node).hooks();
        if (!hooks.isEmpty()) {
            FEATURE.report(hooks.get(0).name().span(), scope, out);
        }
    }
}
