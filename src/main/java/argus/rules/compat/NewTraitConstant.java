package argus.rules.compat;

import argus.ast.Member;
import argus.ast.Stmt;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;

@RuleInfo(id = "NewTraitConstant", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "Constant declared in a trait on a PHP version older than 8.2")
public final class NewTraitConstant implements NodeRule<Stmt.ClassLike> {
    private static final Feature FEATURE = SyntaxFeatures.get("trait-constant");

    @Override
    public Class<Stmt.ClassLike> nodeType() {
        return Stmt.ClassLike.class;
    }

    @Override
    public void check(Stmt.ClassLike node, Scope scope, FindingSink out) {
        if (node.kind() == Stmt.ClassKind.TRAIT) {
            for (Member member : node.members()) {
                if (member instanceof Member.ClassConst constant) {
                    FEATURE.report(Locate.tokenOr(scope.source(), constant.span(), "const", constant.span()), scope, out);
                }
            }
        }
    }
}
