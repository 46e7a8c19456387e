package argus.rules.deadcode;

import argus.ast.Expr;
import argus.ast.Part;

/**
 * Expressions whose evaluation changes nothing and calls no user code: comparing them twice,
 * or evaluating one as a statement, is pointless. Property and element reads are left out
 * (`__get` and `offsetGet` may do anything), and so are casts to string and class constants
 * (`__toString`, autoloading).
 */
final class SideEffects {
    private SideEffects() {
    }

    static boolean pure(Expr e) {
        if (e == null) {
            return true;
        }
        if (e instanceof Expr.Variable || e instanceof Expr.IntLit || e instanceof Expr.FloatLit
                || e instanceof Expr.StringLit || e instanceof Expr.BoolLit || e instanceof Expr.NullLit
                || e instanceof Expr.MagicConst || e instanceof Expr.ConstFetch) {
            return true;
        }
        if (e instanceof Expr.Interpolated s) {
            return s.parts().stream().allMatch(p -> p instanceof Expr.StringLit || p instanceof Expr.Variable);
        }
        if (e instanceof Expr.Binary b) {
            return b.op() != Expr.BinaryOp.PIPE && pure(b.left()) && pure(b.right());
        }
        if (e instanceof Expr.Unary u) {
            return u.op() != Expr.UnaryOp.SILENCE && pure(u.operand());
        }
        if (e instanceof Expr.Cast c) {
            return switch (c.kind()) {
                case INT, INTEGER, FLOAT, DOUBLE, REAL, BOOL, BOOLEAN, ARRAY -> pure(c.operand());
                default -> false;
            };
        }
        if (e instanceof Expr.Ternary t) {
            return pure(t.cond()) && pure(t.then()) && pure(t.otherwise());
        }
        if (e instanceof Expr.Instanceof i) {
            return pure(i.expr()) && !(i.cls() instanceof Expr x && !pure(x));
        }
        if (e instanceof Expr.Isset i) {
            return i.vars().stream().allMatch(SideEffects::pure);
        }
        if (e instanceof Expr.Empty m) {
            return pure(m.expr());
        }
        if (e instanceof Expr.ArrayLit a) {
            for (Part.ArrayItem item : a.items()) {
                if (item.byRef() || item.unpack() || !pure(item.key()) || !pure(item.value())) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
