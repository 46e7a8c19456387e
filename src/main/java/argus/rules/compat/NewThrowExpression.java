package argus.rules.compat;

import argus.ast.AstScanner;
import argus.ast.Expr;
import argus.ast.ParseResult;
import argus.ast.Stmt;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FileRule;
import argus.rules.FindingSink;
import argus.rules.RuleInfo;
import argus.rules.Scope;

@RuleInfo(id = "NewThrowExpression", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "throw used as an expression on a PHP version older than 8.0")
public final class NewThrowExpression implements FileRule {
    private static final Feature FEATURE = SyntaxFeatures.get("throw-expression");

    /** Its own walk: whether a throw is a statement depends on its parent, which node rules do not see. */
    @Override
    public void check(ParseResult file, Scope scope, FindingSink out) {
        if (!FEATURE.concerns(scope.phpVersions())) {
            return;
        }
        new AstScanner() {
            @Override
            public Void visitExprStmt(Stmt.ExprStmt node) {
                if (node.expr() instanceof Expr.Throw statement) {
                    scan(statement.exception());
                    return null;
                }
                return super.visitExprStmt(node);
            }

            @Override
            public Void visitThrow(Expr.Throw node) {
                FEATURE.report(Locate.at(scope.source(), node.span(), node.span().start(), "throw".length()), scope, out);
                return super.visitThrow(node);
            }
        }.scan(file.statements());
    }
}
