package argus.rules.compat;

import argus.ast.ParseResult;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FileRule;
import argus.rules.FindingSink;
import argus.rules.RuleInfo;
import argus.rules.Scope;

/**
 * Before 8.3 nothing checks that the method overrides one: the attribute documents an intent
 * that the older versions do not enforce. A note, since the code runs.
 */
@RuleInfo(id = "NewOverrideAttribute", category = Category.COMPATIBILITY, severity = Severity.NOTE,
        summary = "#[\\Override] on a PHP version older than 8.3, which ignores it")
public final class NewOverrideAttribute implements FileRule {
    private static final Feature FEATURE = SyntaxFeatures.get("attribute-override");

    @Override
    public void check(ParseResult file, Scope scope, FindingSink out) {
        if (FEATURE.concerns(scope.phpVersions())) {
            BuiltinAttributes.find(file, "Override", at -> FEATURE.report(at, scope, out));
        }
    }
}
