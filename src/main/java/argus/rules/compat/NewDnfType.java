package argus.rules.compat;

import argus.ast.TypeHint;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.RuleInfo;
import argus.rules.Scope;

@RuleInfo(id = "NewDnfType", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "Disjunctive normal form type on a PHP version older than 8.2")
public final class NewDnfType extends TypeRule {
    private static final Feature FEATURE = SyntaxFeatures.get("dnf-type");

    @Override
    protected void checkType(TypeHint root, Scope scope, FindingSink out) {
        if (root instanceof TypeHint.Union union) {
            union.types().stream().filter(t -> t instanceof TypeHint.Intersection).findFirst()
                    .ifPresent(group -> FEATURE.report(group.span(), scope, out));
        }
    }
}
