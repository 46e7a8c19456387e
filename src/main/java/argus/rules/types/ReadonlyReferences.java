package argus.rules.types;

import argus.ast.Expr;
import argus.ast.Part;
import argus.flow.CallTargets;
import argus.index.Symbols;
import argus.rules.Scope;
import argus.types.Type;
import java.util.List;
import java.util.function.BiConsumer;

/** Finding the readonly property behind a write, for ReadonlyPropertyModified. */
final class ReadonlyReferences {
    private ReadonlyReferences() {
    }

    /** The readonly property an access reaches on every class its receiver may be, or null. */
    static PropertyTargets.Target readonlyTarget(Expr access, Scope scope) {
        List<PropertyTargets.Target> targets = PropertyTargets.of(access, scope);
        if (targets.isEmpty()) {
            return null;
        }
        for (PropertyTargets.Target t : targets) {
            if (!isReadonly(t.property(), scope) || !PropertyTargets.visibleHere(t.property(), scope)) {
                return null;
            }
        }
        return targets.get(0);
    }

    static boolean isReadonly(Symbols.Property p, Scope scope) {
        if (p.modifiers().isReadonly()) {
            return true;
        }
        Symbols.Class c = scope.index().clazz(p.declaringClass());
        return c != null && c.modifiers().isReadonly() && !p.modifiers().isStatic();
    }

    /**
     * The readonly property a modification changes: the property itself, or an element of it
     * (`$this->items['k']`) when it is declared as an array: an object in it (ArrayAccess) takes
     * element writes without the property changing.
     */
    static PropertyTargets.Target modifiedTarget(Expr access, Scope scope) {
        Expr e = access;
        boolean element = false;
        while (e instanceof Expr.Index i) {
            e = i.base();
            element = true;
        }
        if (!(e instanceof Expr.PropertyFetch) && !(e instanceof Expr.StaticPropertyFetch)) {
            return null;
        }
        PropertyTargets.Target t = readonlyTarget(e, scope);
        if (t == null || element && !arrayOnly(t.property(), scope)) {
            return null;
        }
        return t;
    }

    private static boolean arrayOnly(Symbols.Property p, Scope scope) {
        if (p.type() == null) {
            return false;
        }
        Type declared = scope.types().fromHint(p.type(), p.origin().names(), p.declaringClass());
        for (Type m : declared instanceof Type.Union u ? u.members() : List.of(declared)) {
            if (!(m instanceof Type.ArrayOf) && !(m instanceof Type.Shape) && !(m instanceof Type.Null)) {
                return false;
            }
        }
        return true;
    }

    /** Arguments that pass a readonly property by reference: every callee the call may reach takes that one by reference. */
    static void arguments(Expr call, Scope scope, BiConsumer<Expr, PropertyTargets.Target> found) {
        List<Part.Arg> args = call instanceof Expr.FuncCall f ? f.args() : call instanceof Expr.MethodCall m ? m.args()
                : call instanceof Expr.StaticCall s ? s.args() : ((Expr.New) call).args();
        List<CallTargets.Target> callees = null;
        for (int i = 0; i < args.size(); i++) {
            Part.Arg arg = args.get(i);
            if (arg.unpack()) {
                return;
            }
            PropertyTargets.Target t = modifiedTarget(arg.value(), scope);
            if (t == null) {
                continue;
            }
            if (callees == null) {
                callees = new CallTargets(scope.types(), scope.names(), scope.enclosingClassName(), scope::typeOf).of(call);
            }
            if (!callees.isEmpty() && byReference(callees, arg, i)) {
                found.accept(arg.value(), t);
            }
        }
    }

    private static boolean byReference(List<CallTargets.Target> callees, Part.Arg arg, int position) {
        for (CallTargets.Target c : callees) {
            CallTargets.Parameter p = arg.name() != null ? c.paramNamed(arg.name().name()) : c.paramAt(position);
            if (p == null || !p.byRef()) {
                return false;
            }
        }
        return true;
    }
}
