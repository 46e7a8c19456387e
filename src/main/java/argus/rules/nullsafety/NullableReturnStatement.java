package argus.rules.nullsafety;

import argus.ast.Expr;
import argus.ast.FunctionLikes;
import argus.ast.Node;
import argus.ast.Stmt;
import argus.ast.TypeHint;
import argus.diag.Category;
import argus.diag.Severity;
import argus.flow.Acceptance;
import argus.rules.FindingSink;
import argus.rules.Needs;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import argus.rules.Sureness;
import argus.types.Trilean;
import argus.types.Type;
import argus.types.Types;

/** A `return` of a value that may be null from a function whose declared return type does not allow null. */
@RuleInfo(id = "NullableReturnStatement", category = Category.NULL_SAFETY, severity = Severity.WARNING,
        needs = Needs.FLOW, level = 3, summary = "A value that may be null is returned where the return type excludes null",
        aliases = {"NullableReturnStatement", "return.type"})
public final class NullableReturnStatement implements NodeRule<Stmt.Return> {
    @Override
    public Class<Stmt.Return> nodeType() {
        return Stmt.Return.class;
    }

    @Override
    public void check(Stmt.Return ret, Scope scope, FindingSink out) {
        if (ret.value() == null || !scope.evaluated(ret.value())) {
            return;
        }
        Node fn = scope.enclosingFunction();
        TypeHint hint = FunctionLikes.returnType(fn);
        if (hint == null || FunctionLikes.isGenerator(fn)) {
            return;
        }
        Type declared = scope.types().fromHint(hint, scope.names(), scope.enclosingClassName());
        Type value = scope.typeOf(ret.value());
        if (value instanceof Type.Null || !Types.containsNull(value) || declared instanceof Type.Void) {
            return;
        }
        Acceptance acceptance = new Acceptance(scope.types());
        if (acceptance.accepts(declared, Type.NULL, scope.strictTypes(), false) != Trilean.NO
                || acceptance.accepts(declared, Types.removeNull(value), scope.strictTypes(), false) != Trilean.YES) {
            return;
        }
        if (!Sureness.stands(scope, ret.value(), Types::containsNull)) {
            return;
        }
        out.report(ret, "The return type is " + declared.describe() + " but the value returned, " + value.describe()
                + ", may be null");
    }
}
