package argus.rules.compat;

import argus.ast.Member;
import argus.ast.Modifiers;
import argus.ast.Node;
import argus.ast.Part;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import java.util.List;

@RuleInfo(id = "NewReadonlyProperty", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "readonly property on a PHP version older than 8.1")
public final class NewReadonlyProperty implements NodeRule<Node> {
    private static final Feature FEATURE = SyntaxFeatures.get("readonly-property");

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
        Modifiers modifiers = node instanceof Member.Property p ? p.modifiers() : ((Part.Param) node).modifiers();
        if (modifiers.isReadonly()) {
            FEATURE.report(Locate.tokenOr(scope.source(), node.span(), "readonly", node.span()), scope, out);
        }
    }
}
