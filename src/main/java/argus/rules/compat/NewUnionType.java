package argus.rules.compat;

import argus.ast.TypeHint;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.RuleInfo;
import argus.rules.Scope;

@RuleInfo(id = "NewUnionType", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "Union type on a PHP version older than 8.0")
public final class NewUnionType extends TypeRule {
    private static final Feature FEATURE = SyntaxFeatures.get("union-type");

    @Override
    protected void checkType(TypeHint root, Scope scope, FindingSink out) {
        // A union holding an intersection is a DNF type: NewDnfType names its later version.
        if (root instanceof TypeHint.Union union && union.types().stream().noneMatch(t -> t instanceof TypeHint.Intersection)) {
            FEATURE.report(root.span(), scope, out);
        }
    }
}
