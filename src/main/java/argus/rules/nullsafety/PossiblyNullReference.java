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

/** A method called on a value that is an object on some paths and null on others, with no `?->` or check first. */
@RuleInfo(id = "PossiblyNullReference", category = Category.NULL_SAFETY, severity = Severity.WARNING, needs = Needs.FLOW,
        level = 3, summary = "A method is called on a value that may be null",
        aliases = {"PossiblyNullReference", "method.nonObject"})
public final class PossiblyNullReference implements NodeRule<Expr.MethodCall> {
    @Override
    public Class<Expr.MethodCall> nodeType() {
        return Expr.MethodCall.class;
    }

    @Override
    public void check(Expr.MethodCall call, Scope scope, FindingSink out) {
        Type receiver = Dereference.receiverType(call, scope);
        if (receiver == null || receiver instanceof Type.Null || !Types.containsNull(receiver)
                || Dereference.members(receiver).stream().noneMatch(Dereference::isObject)) {
            return;
        }
        if (!Sureness.stands(scope, Dereference.receiver(call), Types::containsNull)) {
            return;
        }
        out.report(Dereference.at(call), "Call of " + Dereference.name(call) + " on " + receiver.describe()
                + ", which may be null");
    }
}
