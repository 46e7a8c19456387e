package argus.rules.types;

import argus.ast.Expr;
import argus.ast.Node;
import argus.ast.Stmt;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.Needs;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import argus.types.Type;
import java.util.List;

/**
 * A value PHP must turn into a string and cannot: an object without `__toString` (an Error) or
 * an array ("Array", with a warning), in a concatenation, an interpolated string, `echo` or
 * `print`. Arguments of string functions are the argument rules' business; casts are
 * InvalidCast's.
 */
@RuleInfo(id = "InvalidStringConversion", category = Category.TYPES, severity = Severity.ERROR,
        summary = "An object without __toString or an array used as a string",
        needs = Needs.FLOW, aliases = {"InvalidStringConversion", "ImplicitToStringCast", "binaryOp.invalid",
                "echo.nonString", "encapsedStringPart.nonString"})
public final class InvalidStringConversion implements NodeRule<Node> {
    @Override
    public Class<Node> nodeType() {
        return Node.class;
    }

    @Override
    public List<Class<? extends Node>> nodeTypes() {
        return List.of(Expr.Binary.class, Expr.CompoundAssign.class, Expr.Interpolated.class, Stmt.Echo.class,
                Expr.Print.class);
    }

    @Override
    public void check(Node node, Scope scope, FindingSink out) {
        if (node instanceof Expr.Binary b) {
            if (b.op() == Expr.BinaryOp.CONCAT) {
                judge(b.left(), "concatenated", scope, out);
                judge(b.right(), "concatenated", scope, out);
            }
        } else if (node instanceof Expr.CompoundAssign c) {
            if (c.op() == Expr.BinaryOp.CONCAT) {
                judge(c.target(), "concatenated", scope, out);
                judge(c.value(), "concatenated", scope, out);
            }
        } else if (node instanceof Expr.Interpolated i) {
            for (Expr part : i.parts()) {
                if (!(part instanceof Expr.StringLit)) {
                    judge(part, "interpolated", scope, out);
                }
            }
        } else if (node instanceof Stmt.Echo e) {
            e.exprs().forEach(x -> judge(x, "echoed", scope, out));
        } else {
            judge(((Expr.Print) node).expr(), "printed", scope, out);
        }
    }

    private static void judge(Expr e, String how, Scope scope, FindingSink out) {
        if (!scope.evaluated(e)) {
            return;
        }
        Type t = scope.typeOf(e);
        if (Operands.surelyNotStringable(t, scope)) {
            out.report(e, "A value of type " + t.describe() + " is " + how + " as a string, but its class has no __toString()");
        } else if (Operands.surelyArray(t)) {
            out.report(e.span(), "A value of type " + t.describe() + " is " + how + " as a string: PHP writes \"Array\" (Array to string conversion)",
                    Severity.WARNING);
        }
    }
}
