package argus.rules.compat;

import argus.ast.Member;
import argus.ast.ParseResult;
import argus.ast.Stmt;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FileRule;
import argus.rules.FindingSink;
import argus.rules.RuleInfo;
import argus.rules.Scope;

/**
 * From 8.0 such a method is an ordinary method: `new Foo` no longer calls it, so the object is
 * left uninitialised, silently. Only classes of the global namespace ever had such constructors.
 */
@RuleInfo(id = "RemovedOldStyleConstructor", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "Constructor named like its class, deprecated in PHP 7.0 and an ordinary method since 8.0")
public final class RemovedOldStyleConstructor implements FileRule {
    private static final Feature FEATURE = SyntaxFeatures.get("old-style-constructor");

    @Override
    public void check(ParseResult file, Scope scope, FindingSink out) {
        if (!FEATURE.concerns(scope.phpVersions())) {
            return;
        }
        new GlobalNamespace() {
            @Override
            public Void visitClassLike(Stmt.ClassLike node) {
                if (node.kind() == Stmt.ClassKind.CLASS && node.name() != null) {
                    check(node, scope, out);
                }
                return super.visitClassLike(node);
            }
        }.scan(file.statements());
    }

    private static void check(Stmt.ClassLike node, Scope scope, FindingSink out) {
        Member.Method named = null;
        for (Member member : node.members()) {
            if (member instanceof Member.Method method) {
                if (method.name().name().equalsIgnoreCase("__construct")) {
                    return; // __construct wins: the other method was never the constructor
                }
                if (method.name().name().equalsIgnoreCase(node.name().name())) {
                    named = method;
                }
            }
        }
        if (named != null) {
            FEATURE.report(named.name().span(), scope, out);
        }
    }
}
