package argus.rules.types;

import argus.ast.Expr;
import argus.ast.FunctionLikes;
import argus.ast.Member;
import argus.ast.Node;
import argus.ast.Stmt;
import argus.ast.TypeHint;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.Needs;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import java.util.List;

/**
 * A path that runs off the end of a function whose native return type is not void: PHP then
 * throws "Return value must be of type T, none returned" (for `?int` and `mixed` too, and "must
 * not implicitly return" for `never`). Reported on the return type, where the promise is made.
 * Generators and bodiless methods are exempt, and so are bodies that end with a call that may
 * never return (see {@link EndingCalls}).
 */
@RuleInfo(id = "MissingReturn", category = Category.TYPES, severity = Severity.ERROR,
        summary = "A path runs off the end of a function that declares a return type",
        needs = Needs.FLOW, aliases = {"InvalidReturnType", "return.missing"})
public final class MissingReturn implements NodeRule<Node> {
    @Override
    public Class<Node> nodeType() {
        return Node.class;
    }

    @Override
    public List<Class<? extends Node>> nodeTypes() {
        return List.of(Stmt.FunctionDecl.class, Member.Method.class, Expr.Closure.class);
    }

    @Override
    public void check(Node fn, Scope scope, FindingSink out) {
        TypeHint hint = FunctionLikes.returnType(fn);
        List<Stmt> body = FunctionLikes.body(fn);
        if (hint == null || body == null || FunctionInfo.is(hint, "void") || !scope.flow().fallsOffEnd(fn)
                || FunctionLikes.isGenerator(fn) || EndingCalls.mayNotReturn(body, scope)) {
            return;
        }
        String name = FunctionInfo.subject(fn, scope);
        if (FunctionInfo.is(hint, "never")) {
            out.report(hint, name + " is declared never, but a path reaches the end of its body");
        } else {
            out.report(hint, name + " must return " + scope.source().text(hint.span().start(), hint.span().end())
                    + ", but a path reaches the end of its body without returning a value");
        }
    }
}
