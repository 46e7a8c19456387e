package argus.parse;

import argus.ast.Expr;
import argus.ast.Part;
import argus.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Assignment targets. The grammar parses `=` as a low-precedence binary operator, so
 * `!$a = f()` arrives as `(!$a) = f()`. PHP's grammar only allows a variable left of `=`,
 * which binds the assignment to the rightmost operand instead: `!($a = f())`,
 * `$a && ($b = f())`, `@($x = g())`. {@link #attach} re-associates that way and reports
 * targets that are no variable at all.
 */
final class Assignments {
    interface Maker {
        Expr make(Span span, Expr target, Expr value);
    }

    private Assignments() {
    }

    static Expr attach(AstBuilder b, Expr target, Expr value, Maker make) {
        if (isAssignable(target)) {
            return make.make(target.span().to(value.span()), toTarget(b, target), value);
        }
        if (target instanceof Expr.Binary bin) {
            Expr right = attach(b, bin.right(), value, make);
            return new Expr.Binary(bin.span().to(right.span()), bin.op(), bin.left(), right);
        }
        if (target instanceof Expr.Unary u) {
            Expr operand = attach(b, u.operand(), value, make);
            return new Expr.Unary(u.span().to(operand.span()), u.op(), operand);
        }
        if (target instanceof Expr.Cast c) {
            Expr operand = attach(b, c.operand(), value, make);
            return new Expr.Cast(c.span().to(operand.span()), c.kind(), operand);
        }
        if (target instanceof Expr.Ternary t) {
            Expr otherwise = attach(b, t.otherwise(), value, make);
            return new Expr.Ternary(t.span().to(otherwise.span()), t.cond(), t.then(), otherwise);
        }
        if (!(target instanceof Expr.Error)) {
            b.errors.add(target.span(), "cannot assign to this expression");
        }
        return make.make(target.span().to(value.span()), target, value);
    }

    static boolean isAssignable(Expr e) {
        return e instanceof Expr.Variable || e instanceof Expr.VariableVariable || e instanceof Expr.Index
                || e instanceof Expr.PropertyFetch || e instanceof Expr.StaticPropertyFetch
                || e instanceof Expr.ArrayLit || e instanceof Expr.ListLit;
    }

    /** An array literal on the left of `=` or after `as` is a destructuring pattern. */
    static Expr toTarget(AstBuilder b, Expr e) {
        if (e instanceof Expr.ArrayLit array) {
            b.clearEmptySlot(array);
            return new Expr.ListLit(array.span(), toTargets(b, array.items()), array.longSyntax());
        }
        return e;
    }

    static List<Part.ArrayItem> toTargets(AstBuilder b, List<Part.ArrayItem> items) {
        List<Part.ArrayItem> out = new ArrayList<>(items.size());
        for (Part.ArrayItem item : items) {
            Expr value = item.value() == null ? null : toTarget(b, item.value());
            out.add(value == item.value() ? item
                    : new Part.ArrayItem(item.span(), item.key(), value, item.byRef(), item.unpack()));
        }
        return out;
    }
}
