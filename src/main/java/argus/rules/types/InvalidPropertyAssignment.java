package argus.rules.types;

import argus.ast.Expr;
import argus.diag.Category;
import argus.diag.Severity;
import argus.flow.Acceptance;
import argus.index.Symbols;
import argus.rules.FindingSink;
import argus.rules.Needs;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import argus.types.Trilean;
import argus.types.Type;
import java.util.List;

/**
 * A value written into a property whose native type accepts it in no case (a TypeError when the
 * line runs), with the coercions of the writing file's mode. The property must be found on every
 * class the receiver may be; properties with a `set` hook take what the hook takes and are
 * skipped, as are docblock-only types.
 */
@RuleInfo(id = "InvalidPropertyAssignment", category = Category.TYPES, severity = Severity.ERROR,
        summary = "A value assigned to a typed property that cannot hold it",
        needs = Needs.FLOW, aliases = {"InvalidPropertyAssignmentValue", "assign.propertyType"})
public final class InvalidPropertyAssignment implements NodeRule<Expr> {
    @Override
    public Class<Expr> nodeType() {
        return Expr.class;
    }

    @Override
    public List<Class<? extends Expr>> nodeTypes() {
        return List.of(Expr.Assign.class, Expr.CompoundAssign.class);
    }

    @Override
    public void check(Expr node, Scope scope, FindingSink out) {
        Expr target;
        Type value;
        if (node instanceof Expr.Assign a) {
            target = a.target();
            value = FunctionInfo.valueType(scope, a.value());
        } else {
            Expr.CompoundAssign c = (Expr.CompoundAssign) node;
            target = c.target();
            value = FunctionInfo.valueType(scope, c);
        }
        if (value instanceof Type.Mixed) {
            return;
        }
        List<PropertyTargets.Target> targets = PropertyTargets.of(target, scope);
        if (targets.isEmpty()) {
            return;
        }
        Acceptance acceptance = new Acceptance(scope.types());
        Type shown = null;
        Symbols.Property first = null;
        for (PropertyTargets.Target t : targets) {
            Symbols.Property p = t.property();
            if (p.type() == null || p.hooked() || !PropertyTargets.visibleHere(p, scope)
                    || PropertyTargets.declaredInTrait(p, scope) && FunctionInfo.mentionsClassKeyword(p.type())) {
                return;
            }
            Type declared = scope.types().fromHint(p.type(), p.origin().names(), p.declaringClass());
            if (acceptance.accepts(declared, value, scope.strictTypes(), false) != Trilean.NO) {
                return;
            }
            if (first == null) {
                first = p;
                shown = declared;
            }
        }
        out.report(node, "Property " + FunctionInfo.shortName(first.declaringClass()) + "::$" + first.name()
                + " (" + shown.describe() + ") cannot hold a value of type " + value.describe());
    }
}
