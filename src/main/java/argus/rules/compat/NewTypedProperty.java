package argus.rules.compat;

import argus.ast.Member;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;

@RuleInfo(id = "NewTypedProperty", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "Typed property on a PHP version older than 7.4")
public final class NewTypedProperty implements NodeRule<Member.Property> {
    private static final Feature FEATURE = SyntaxFeatures.get("typed-property");

    @Override
    public Class<Member.Property> nodeType() {
        return Member.Property.class;
    }

    @Override
    public void check(Member.Property node, Scope scope, FindingSink out) {
        if (node.type() != null) {
            FEATURE.report(node.type().span(), scope, out);
        }
    }
}
