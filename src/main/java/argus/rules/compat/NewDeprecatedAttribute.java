package argus.rules.compat;

import argus.ast.ParseResult;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FileRule;
import argus.rules.FindingSink;
import argus.rules.RuleInfo;
import argus.rules.Scope;

/**
 * Before 8.4 the attribute is an unknown class that nothing reads: callers get no deprecation
 * notice. A note, since the code runs. `#[Deprecated]` imported from another namespace (JetBrains'
 * `JetBrains\PhpStorm\Deprecated`) is not PHP's and is not reported.
 */
@RuleInfo(id = "NewDeprecatedAttribute", category = Category.COMPATIBILITY, severity = Severity.NOTE,
        summary = "#[\\Deprecated] on a PHP version older than 8.4, which ignores it")
public final class NewDeprecatedAttribute implements FileRule {
    private static final Feature FEATURE = SyntaxFeatures.get("attribute-deprecated");

    @Override
    public void check(ParseResult file, Scope scope, FindingSink out) {
        if (FEATURE.concerns(scope.phpVersions())) {
            BuiltinAttributes.find(file, "Deprecated", at -> FEATURE.report(at, scope, out));
        }
    }
}
