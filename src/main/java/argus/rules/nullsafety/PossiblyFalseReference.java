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
import java.util.List;

/** A method or property used on the result of a call that returns false on failure (`DateTime::createFromFormat`), unchecked. */
@RuleInfo(id = "PossiblyFalseReference", category = Category.NULL_SAFETY, severity = Severity.WARNING,
        needs = Needs.FLOW, level = 3, summary = "A method or property is used on a value that may be false",
        aliases = {"PossiblyFalseReference", "PossiblyFalsePropertyAssignmentValue", "method.nonObject"})
public final class PossiblyFalseReference implements NodeRule<Expr> {
    @Override
    public Class<Expr> nodeType() {
        return Expr.class;
    }

    @Override
    public List<Class<? extends Expr>> nodeTypes() {
        return List.of(Expr.MethodCall.class, Expr.PropertyFetch.class);
    }

    @Override
    public void check(Expr access, Scope scope, FindingSink out) {
        Type receiver = Dereference.receiverType(access, scope);
        if (receiver == null || Dereference.members(receiver).stream().noneMatch(m -> m instanceof Type.False)
                || Dereference.members(receiver).stream().noneMatch(Dereference::isObject)) {
            return;
        }
        if (!Sureness.stands(scope, Dereference.receiver(access),
                t -> Dereference.members(t).stream().anyMatch(m -> m instanceof Type.False))) {
            return;
        }
        String name = Dereference.name(access);
        String what = access instanceof Expr.MethodCall ? "Call of " + name : "Property " + (name == null ? "" : name + " ") + "read";
        out.report(Dereference.at(access), what + " on " + receiver.describe() + ", which may be false");
    }
}
