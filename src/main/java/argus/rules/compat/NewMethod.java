package argus.rules.compat;

import argus.ast.Expr;
import argus.ast.Identifier;
import argus.ast.Name;
import argus.config.PhpVersionRange;
import argus.diag.Category;
import argus.diag.Severity;
import argus.index.Symbols;
import argus.rules.FindingSink;
import argus.rules.Needs;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import argus.types.Type;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A method that a built-in class gained after the oldest targeted PHP version, called on a
 * receiver whose class is known: a static call, or an instance call whose receiver the flow
 * analysis types as one class. A `method_exists()` guard or a version guard silences it, and so
 * does a project class that declares the method itself.
 */
@RuleInfo(id = "NewMethod", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "Call of a built-in class's method that some targeted PHP version does not have yet",
        needs = Needs.FLOW, aliases = {"PHPCompatibility.FunctionUse.NewFunctions"})
public final class NewMethod implements NodeRule<Expr> {
    @Override
    public Class<Expr> nodeType() {
        return Expr.class;
    }

    @Override
    public List<Class<? extends Expr>> nodeTypes() {
        return List.of(Expr.MethodCall.class, Expr.StaticCall.class);
    }

    @Override
    public void check(Expr node, Scope scope, FindingSink out) {
        Identifier method;
        String receiver;
        if (node instanceof Expr.MethodCall call && call.name() instanceof Identifier id) {
            if (!SymbolVersions.someMethodIsNew(id.name())) {
                return;
            }
            method = id;
            Type t = scope.typeOf(call.object());
            receiver = t instanceof Type.Obj o ? o.name() : t instanceof Type.StaticType s ? s.bound() : null;
        } else if (node instanceof Expr.StaticCall call && call.name() instanceof Identifier id && call.cls() instanceof Name n) {
            if (!SymbolVersions.someMethodIsNew(id.name())) {
                return;
            }
            method = id;
            receiver = staticReceiver(n, scope);
        } else {
            return;
        }
        String owner = receiver == null ? null : builtinOwner(receiver, method.name(), scope);
        Lifetime life = owner == null ? null : SymbolVersions.method(owner, method.name());
        if (life == null || !life.newerThan(scope.phpVersions())) {
            return;
        }
        GuardFacts guards = SymbolChecks.guardsAt(node, scope);
        PhpVersionRange versions = guards.narrow(scope.phpVersions());
        if (!guards.methods().contains(method.name().toLowerCase(Locale.ROOT)) && versions != null && life.newerThan(versions)) {
            out.report(method.span(), owner + "::" + method.name() + "() is new in PHP " + life.since() + SymbolChecks.targets(scope));
        }
    }

    private static String staticReceiver(Name n, Scope scope) {
        String resolved = scope.names().resolveClass(n);
        switch (resolved) {
            case "self", "static":
                return scope.enclosingClassName();
            case "parent": {
                String self = scope.enclosingClassName();
                Symbols.Class c = self == null ? null : scope.index().clazz(self);
                return c == null ? null : c.parent();
            }
            default:
                return resolved;
        }
    }

    /**
     * The built-in class whose method a call on {@code cls} reaches: {@code cls} itself when it
     * is built in, else its nearest built-in ancestor, unless project code on the way declares
     * the method.
     */
    private static String builtinOwner(String cls, String method, Scope scope) {
        String current = cls.startsWith("\\") ? cls.substring(1) : cls;
        Set<String> seen = new HashSet<>();
        while (current != null && seen.add(current.toLowerCase(Locale.ROOT))) {
            Symbols.Class c = scope.index().clazz(current);
            if (c == null) {
                return current;
            }
            if (scope.index().findMethod(current, method) != null) {
                return null;
            }
            current = c.parent();
        }
        return null;
    }
}
