package argus.rules.compat;

import argus.ast.Member;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;

@RuleInfo(id = "NewTypedClassConstant", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "Typed class constant on a PHP version older than 8.3")
public final class NewTypedClassConstant implements NodeRule<Member.ClassConst> {
    private static final Feature FEATURE = SyntaxFeatures.get("typed-class-constant");

    @Override
    public Class<Member.ClassConst> nodeType() {
        return Member.ClassConst.class;
    }

    @Override
    public void check(Member.ClassConst node, Scope scope, FindingSink out) {
        if (node.type() != null) {
            FEATURE.report(node.type().span(), scope, out);
        }
    }
}
