package argus.rules.types;

import argus.ast.Expr;
import argus.ast.Expr.BinaryOp;
import argus.config.PhpVersion;
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
 * Arithmetic (`+ - * / % **`, their compound forms, unary `-` and `+`) on an array or on an
 * object that overloads no operator. `+`, `-`, `*`, `/` and `**` with an array operand throw
 * "Unsupported operand types" in every version (array + array, the union, aside); `%` on an
 * array and any arithmetic on an object do so from PHP 8 (before: silently 0/1, or a notice),
 * so those are reported when a targeted version is 8.0 or later. Null and bool operands are
 * converted by PHP and not reported.
 */
@RuleInfo(id = "InvalidOperand", category = Category.TYPES, severity = Severity.ERROR,
        summary = "Arithmetic on an array or a plain object",
        needs = Needs.FLOW, aliases = {"InvalidOperand", "binaryOp.invalid", "unaryOp.invalid"})
public final class InvalidOperand implements NodeRule<Expr> {
    private static final PhpVersion STRICT_OPERATORS = new PhpVersion(8, 0);

    @Override
    public Class<Expr> nodeType() {
        return Expr.class;
    }

    @Override
    public List<Class<? extends Expr>> nodeTypes() {
        return List.of(Expr.Binary.class, Expr.CompoundAssign.class, Expr.Unary.class);
    }

    @Override
    public void check(Expr node, Scope scope, FindingSink out) {
        boolean php8 = scope.phpVersions().max().atLeast(STRICT_OPERATORS);
        if (node instanceof Expr.Unary u) {
            if (u.op() != Expr.UnaryOp.MINUS && u.op() != Expr.UnaryOp.PLUS) {
                return;
            }
            Type t = type(scope, u.operand());
            if (Operands.surelyArray(t) || php8 && Operands.surelyPlainObject(t, scope)) {
                out.report(u, "Unary " + (u.op() == Expr.UnaryOp.MINUS ? "-" : "+") + " on " + t.describe()
                        + ": unsupported operand type");
            }
            return;
        }
        BinaryOp op;
        Expr left;
        Expr right;
        if (node instanceof Expr.Binary b) {
            op = b.op();
            left = b.left();
            right = b.right();
        } else {
            Expr.CompoundAssign c = (Expr.CompoundAssign) node;
            op = c.op();
            left = c.target();
            right = c.value();
        }
        if (!arithmetic(op)) {
            return;
        }
        Type l = type(scope, left);
        Type r = type(scope, right);
        String problem = problem(op, l, r, php8, scope);
        if (problem != null) {
            out.report(node, "Unsupported operand types: " + l.describe() + " " + op.symbol + " " + r.describe()
                    + " (" + problem + ")");
        }
    }

    private static boolean arithmetic(BinaryOp op) {
        return switch (op) {
            case ADD, SUB, MUL, DIV, MOD, POW -> true;
            default -> false;
        };
    }

    private static Type type(Scope scope, Expr e) {
        return scope.evaluated(e) ? scope.typeOf(e) : Type.MIXED;
    }

    /** Why the operation throws, or null when it may not. */
    private static String problem(BinaryOp op, Type l, Type r, boolean php8, Scope scope) {
        boolean lArray = Operands.surelyArray(l);
        boolean rArray = Operands.surelyArray(r);
        if (op == BinaryOp.ADD) {
            if (lArray && Operands.surelyNotArray(r) || rArray && Operands.surelyNotArray(l)) {
                return "an array can only be added to an array";
            }
        } else if (lArray || rArray) {
            if (op != BinaryOp.MOD) {
                return "an array is not a number";
            }
            if (php8) {
                return "an array is not a number; a TypeError since PHP 8.0";
            }
        }
        if (php8 && (Operands.surelyPlainObject(l, scope) || Operands.surelyPlainObject(r, scope))) {
            return "an object is not a number; a TypeError since PHP 8.0";
        }
        return null;
    }
}
