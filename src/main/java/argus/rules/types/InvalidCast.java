package argus.rules.types;

import argus.ast.Expr;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.Needs;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import argus.types.Type;

/**
 * A cast PHP cannot perform: `(string)` of an object without `__toString` throws an Error;
 * `(string)` of an array gives "Array" with a warning; `(int)` and `(float)` of an object give 1
 * with a warning. Only values every one of which fails are reported.
 */
@RuleInfo(id = "InvalidCast", category = Category.TYPES, severity = Severity.ERROR,
        summary = "A cast of an array or object that PHP cannot convert",
        needs = Needs.FLOW, aliases = {"InvalidCast", "cast.string", "cast.int", "cast.double"})
public final class InvalidCast implements NodeRule<Expr.Cast> {
    @Override
    public Class<Expr.Cast> nodeType() {
        return Expr.Cast.class;
    }

    @Override
    public void check(Expr.Cast cast, Scope scope, FindingSink out) {
        if (!scope.evaluated(cast.operand())) {
            return;
        }
        Type t = scope.typeOf(cast.operand());
        switch (cast.kind()) {
            case STRING, BINARY -> {
                if (Operands.surelyNotStringable(t, scope)) {
                    out.report(cast, "Cannot cast " + t.describe() + " to string: the class has no __toString()");
                } else if (Operands.surelyArray(t)) {
                    out.report(cast.span(), "Casting " + t.describe() + " to string gives \"Array\" (Array to string conversion)",
                            Severity.WARNING);
                }
            }
            case INT, INTEGER, FLOAT, DOUBLE, REAL -> {
                if (Operands.surelyPlainObject(t, scope)) {
                    out.report(cast.span(), "Cannot cast " + t.describe() + " to " + cast.kind().keyword
                            + ": an object converts to 1 with a warning", Severity.WARNING);
                }
            }
            default -> {
            }
        }
    }
}
