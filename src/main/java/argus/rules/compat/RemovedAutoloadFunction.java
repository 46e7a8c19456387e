package argus.rules.compat;

import argus.ast.ParseResult;
import argus.ast.Stmt;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FileRule;
import argus.rules.FindingSink;
import argus.rules.RuleInfo;
import argus.rules.Scope;

/**
 * Only in the global namespace: `Foo\__autoload` is an ordinary function, in every version.
 */
@RuleInfo(id = "RemovedAutoloadFunction", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "__autoload() function, deprecated in PHP 7.2 and removed in 8.0")
public final class RemovedAutoloadFunction implements FileRule {
    private static final Feature FEATURE = SyntaxFeatures.get("autoload-function");

    @Override
    public void check(ParseResult file, Scope scope, FindingSink out) {
        if (!FEATURE.concerns(scope.phpVersions())) {
            return;
        }
        new GlobalNamespace() {
            @Override
            public Void visitFunctionDecl(Stmt.FunctionDecl node) {
                if (node.name().name().equalsIgnoreCase("__autoload")) {
                    FEATURE.report(node.name().span(), scope, out);
                }
                return super.visitFunctionDecl(node);
            }
        }.scan(file.statements());
    }
}
