package argus.rules.types;

import argus.ast.Expr;
import argus.ast.Name;
import argus.diag.Category;
import argus.diag.Severity;
import argus.index.Symbols;
import argus.rules.FindingSink;
import argus.rules.Needs;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import argus.types.Docblock;

/**
 * A call of a function of the project (or its vendor folder) marked `@deprecated` or
 * `#[\Deprecated]`. Calls from deprecated code are left alone. PHP's own deprecated functions
 * are the compatibility rules' business.
 */
@RuleInfo(id = "CallToDeprecatedFunction", category = Category.TYPES, severity = Severity.WARNING,
        summary = "Call of a function marked @deprecated or #[\\Deprecated]", needs = Needs.PROJECT,
        aliases = {"function.deprecated"})
public final class CallToDeprecatedFunction implements NodeRule<Expr.FuncCall> {
    @Override
    public Class<Expr.FuncCall> nodeType() {
        return Expr.FuncCall.class;
    }

    @Override
    public void check(Expr.FuncCall call, Scope scope, FindingSink out) {
        if (!(call.callee() instanceof Name n)) {
            return;
        }
        Symbols.Function f = scope.types().userFunction(n, scope.names());
        if (f == null || !f.deprecated() || DeprecatedCalls.insideDeprecated(scope)) {
            return;
        }
        out.report(n, "Call to deprecated function " + f.fqn() + "()" + reason(f.origin().docComment()));
    }

    /** ": the @deprecated text", when there is one. */
    static String reason(String docComment) {
        if (docComment == null || !docComment.contains("@deprecated")) {
            return "";
        }
        String text = Docblock.parse(docComment).deprecated();
        if (text == null || text.isBlank()) {
            return "";
        }
        String line = text.strip().split("\\R", 2)[0];
        return ": " + (line.length() > 120 ? line.substring(0, 117) + "..." : line);
    }
}
