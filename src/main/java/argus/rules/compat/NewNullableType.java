package argus.rules.compat;

import argus.ast.TypeHint;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.RuleInfo;
import argus.rules.Scope;

@RuleInfo(id = "NewNullableType", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "Nullable type ?T on a PHP version older than 7.1")
public final class NewNullableType extends TypeRule {
    private static final Feature FEATURE = SyntaxFeatures.get("nullable-type");

    @Override
    protected void checkType(TypeHint root, Scope scope, FindingSink out) {
        each(root, type -> {
            if (type instanceof TypeHint.Nullable) {
                FEATURE.report(type.span(), scope, out);
            }
        });
    }
}
