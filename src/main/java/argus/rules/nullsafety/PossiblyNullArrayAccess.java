package argus.rules.nullsafety;

import argus.ast.Expr;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.Needs;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import argus.rules.Sureness;
import argus.types.Type;
import argus.types.Types;

/**
 * An offset read from a value that may be null ("Trying to access array offset on value of
 * type null" since 7.4). Writes are fine: PHP turns the null into an array.
 */
@RuleInfo(id = "PossiblyNullArrayAccess", category = Category.NULL_SAFETY, severity = Severity.WARNING,
        needs = Needs.FLOW, level = 3, summary = "An offset is read from a value that may be null",
        aliases = {"PossiblyNullArrayAccess", "offsetAccess.nonOffsetAccessible"})
public final class PossiblyNullArrayAccess implements NodeRule<Expr.Index> {
    @Override
    public Class<Expr.Index> nodeType() {
        return Expr.Index.class;
    }

    @Override
    public void check(Expr.Index index, Scope scope, FindingSink out) {
        if (scope.isWritten(index) || index.base() instanceof Expr.Index) {
            // A nested read: the flow does not follow which keys an isset() proved, so an inner
            // null may only be the "key missing" of an array the code knows is filled.
            return;
        }
        Type receiver = Dereference.receiverType(index, scope);
        if (receiver == null || receiver instanceof Type.Null || !Types.containsNull(receiver)
                || Dereference.members(receiver).stream().noneMatch(Dereference::isArrayLike)) {
            return;
        }
        if (!Sureness.stands(scope, Dereference.receiver(index), Types::containsNull)) {
            return;
        }
        out.report(Dereference.at(index), "Offset read from " + receiver.describe() + ", which may be null");
    }
}
