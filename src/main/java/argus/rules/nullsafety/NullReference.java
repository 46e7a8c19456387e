package argus.rules.nullsafety;

import argus.ast.Expr;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.Needs;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import argus.types.Type;
import java.util.List;

/** A method call, property fetch or array read on a value that is null on every path: an Error or warning each time. */
@RuleInfo(id = "NullReference", category = Category.NULL_SAFETY, severity = Severity.ERROR, needs = Needs.FLOW,
        summary = "A method, property or offset is accessed on a value that is always null",
        aliases = {"NullReference", "NullPropertyFetch", "NullArrayAccess", "method.nonObject", "property.nonObject"})
public final class NullReference implements NodeRule<Expr> {
    @Override
    public Class<Expr> nodeType() {
        return Expr.class;
    }

    @Override
    public List<Class<? extends Expr>> nodeTypes() {
        return List.of(Expr.MethodCall.class, Expr.PropertyFetch.class, Expr.Index.class);
    }

    @Override
    public void check(Expr access, Scope scope, FindingSink out) {
        if (access instanceof Expr.Index && scope.isWritten(access)) {
            return;
        }
        Type receiver = Dereference.receiverType(access, scope);
        if (!(receiver instanceof Type.Null)) {
            return;
        }
        String name = Dereference.name(access);
        out.report(Dereference.at(access), switch (Dereference.what(access)) {
            case "method call" -> "Call of " + name + " on null";
            case "property fetch" -> "Property " + name + " read on null";
            default -> "Array offset read on null";
        });
    }
}
