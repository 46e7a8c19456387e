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

/** A property read or written through a value that may be null (a warning on read, an Error on write). */
@RuleInfo(id = "PossiblyNullPropertyFetch", category = Category.NULL_SAFETY, severity = Severity.WARNING,
        needs = Needs.FLOW, level = 3, summary = "A property is accessed on a value that may be null",
        aliases = {"PossiblyNullPropertyFetch", "PossiblyNullPropertyAssignment", "property.nonObject"})
public final class PossiblyNullPropertyFetch implements NodeRule<Expr.PropertyFetch> {
    @Override
    public Class<Expr.PropertyFetch> nodeType() {
        return Expr.PropertyFetch.class;
    }

    @Override
    public void check(Expr.PropertyFetch fetch, Scope scope, FindingSink out) {
        Type receiver = Dereference.receiverType(fetch, scope);
        if (receiver == null || receiver instanceof Type.Null || !Types.containsNull(receiver)
                || Dereference.members(receiver).stream().noneMatch(Dereference::isObject)) {
            return;
        }
        if (!Sureness.stands(scope, Dereference.receiver(fetch), Types::containsNull)) {
            return;
        }
        String name = Dereference.name(fetch);
        out.report(Dereference.at(fetch), "Property " + (name == null ? "" : name + " ") + "accessed on "
                + receiver.describe() + ", which may be null");
    }
}
