package argus.rules.compat;

import argus.ast.TypeHint;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.RuleInfo;
import argus.rules.Scope;

@RuleInfo(id = "NewIntersectionType", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "Intersection type on a PHP version older than 8.1")
public final class NewIntersectionType extends TypeRule {
    private static final Feature FEATURE = SyntaxFeatures.get("intersection-type");

    @Override
    protected void checkType(TypeHint root, Scope scope, FindingSink out) {
        // An intersection inside a union is a DNF type, which NewDnfType reports with its own version.
        if (root instanceof TypeHint.Intersection) {
            FEATURE.report(root.span(), scope, out);
        }
    }
}
