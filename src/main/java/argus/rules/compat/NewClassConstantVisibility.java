package argus.rules.compat;

import argus.ast.Member;
import argus.ast.Modifiers;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;

@RuleInfo(id = "NewClassConstantVisibility", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "Class constant visibility on a PHP version older than 7.1")
public final class NewClassConstantVisibility implements NodeRule<Member.ClassConst> {
    private static final Feature FEATURE = SyntaxFeatures.get("class-constant-visibility");

    @Override
    public Class<Member.ClassConst> nodeType() {
        return Member.ClassConst.class;
    }

    @Override
    public void check(Member.ClassConst node, Scope scope, FindingSink out) {
        Modifiers m = node.modifiers();
        String word = m.has(Modifiers.PRIVATE) ? "private" : m.has(Modifiers.PROTECTED) ? "protected"
                : m.has(Modifiers.PUBLIC) ? "public" : null;
        if (word != null) {
            FEATURE.report(Locate.tokenOr(scope.source(), node.span(), word, node.span()), scope, out);
        }
    }
}
