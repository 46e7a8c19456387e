package argus.rules.types;

import argus.ast.Expr;
import argus.ast.Identifier;
import argus.ast.Name;
import argus.ast.Stmt;
import argus.diag.Category;
import argus.diag.Severity;
import argus.index.Symbols;
import argus.rules.NodeRule;
import argus.rules.FindingSink;
import argus.rules.Needs;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A read of a property the receiver's class does not have: not declared (nor promoted) there,
 * in a parent or trait, nor in a `@property` tag, with no `__get`, no
 * `#[AllowDynamicProperties]`, no ancestor argus does not know, and never assigned on `$this`
 * in the class's methods (older code creates its properties so). Writes are not judged: an
 * undeclared property is created by its first write (deprecated only from 8.2). Static
 * properties are judged for reads and writes: PHP never creates them.
 */
@RuleInfo(id = "UndefinedProperty", category = Category.TYPES, severity = Severity.ERROR,
        summary = "Read of a property that the object's class does not have", needs = Needs.FLOW,
        aliases = {"UndefinedPropertyFetch", "UndefinedMagicPropertyFetch", "property.notFound",
            "staticProperty.notFound"})
public final class UndefinedProperty implements NodeRule<Expr> {
    @Override
    public Class<Expr> nodeType() {
        return Expr.class;
    }

    @Override
    public List<Class<? extends Expr>> nodeTypes() {
        return List.of(Expr.PropertyFetch.class, Expr.StaticPropertyFetch.class);
    }

    @Override
    public void check(Expr node, Scope scope, FindingSink out) {
        if (node instanceof Expr.PropertyFetch n && n.name() instanceof Identifier id
                && !scope.isWritten(n) && !scope.isExistenceChecked(n)) {
            instance(n, id, scope, out);
        } else if (node instanceof Expr.StaticPropertyFetch n && n.cls() instanceof Name cls
                && n.name() instanceof Identifier id && !cls.is("static")) {
            String self = scope.enclosingClassName();
            String resolved = cls.is("self") ? self : cls.is("parent") ? parentOf(self, scope) : scope.names().resolveClass(cls);
            staticProperty(resolved, id, scope, out);
        }
    }

    private static String parentOf(String cls, Scope scope) {
        Symbols.Class c = cls == null ? null : scope.index().clazz(cls);
        return c == null ? null : c.parent();
    }

    private static void instance(Expr.PropertyFetch n, Identifier id, Scope scope, FindingSink out) {
        if (!scope.evaluated(n)) {
            return;
        }
        List<String> classes = MemberCheck.receiverClasses(scope.typeOf(n.object()));
        if (classes == null) {
            return;
        }
        for (String cls : classes) {
            Symbols.Class c = scope.index().clazz(cls);
            // An interface declares no property: the object is of some class implementing it
            // (Parsoid types its DOM with empty interfaces over PHP's DOMNode).
            if (c != null && (c.kind() == Stmt.ClassKind.TRAIT || c.kind() == Stmt.ClassKind.INTERFACE)
                    || !MemberCheck.property(scope, cls, id.name()).missing()
                    || assignedOnThis(scope, cls, id.name()) || MemberCheck.subclassHasProperty(scope, cls, id.name())) {
                return;
            }
        }
        if (!Guards.guarded(scope, id.name())) {
            report(id, classes.get(0), scope, out, "::$");
        }
    }

    private static void staticProperty(String resolved, Identifier id, Scope scope, FindingSink out) {
        if (resolved == null || scope.index().clazz(resolved) == null && Known.builtinClass(resolved) == null) {
            return;
        }
        Symbols.Class c = scope.index().clazz(resolved);
        if (c != null && c.kind() == Stmt.ClassKind.TRAIT || !MemberCheck.property(scope, resolved, id.name()).missing()
                || Guards.guarded(scope, id.name())) {
            return;
        }
        report(id, resolved, scope, out, "::$");
    }

    private static boolean assignedOnThis(Scope scope, String cls, String name) {
        for (Symbols.Class c : scope.index().hierarchy(cls, new TreeSet<>())) {
            if (c.flags().assignedOnThis().contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static void report(Identifier id, String cls, Scope scope, FindingSink out, String access) {
        Hints.Nearest nearest = new Hints.Nearest(id.name());
        Set<String> unknown = new TreeSet<>();
        for (Symbols.Class c : scope.index().hierarchy(cls, unknown)) {
            c.properties().keySet().forEach(nearest::offer);
            c.docProperties().keySet().forEach(nearest::offer);
        }
        for (String u : unknown) {
            MemberCheck.builtinLineage(u).forEach(b -> b.properties().keySet().forEach(nearest::offer));
        }
        out.report(id, "Undefined property " + UndefinedMethod.display(scope, cls) + access + id.name()
                + nearest.suffix("$", ""));
    }
}
