package argus.rules.types;

import argus.ast.AstScanner;
import argus.ast.Expr;
import argus.ast.Identifier;
import argus.ast.Name;
import argus.ast.ParseResult;
import argus.ast.Stmt;
import argus.diag.Category;
import argus.diag.Severity;
import argus.index.Symbols;
import argus.rules.FileRule;
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
public final class UndefinedProperty implements FileRule {
    @Override
    public void check(ParseResult file, Scope scope, FindingSink out) {
        new AstScanner() {
            /** Above 0 inside an assignment target, isset(), empty(), unset() or the left of ??. */
            private int writing;
            /** The classes around the current node (a file rule is not told where it is); "" for anonymous ones. */
            private final java.util.Deque<String> classes = new java.util.ArrayDeque<>();

            @Override
            public Void visitClassLike(Stmt.ClassLike n) {
                classes.push(n.name() == null ? "" : scope.namesAt(n.span().start()).declared(n.name().name()));
                super.visitClassLike(n);
                classes.pop();
                return null;
            }

            @Override
            public Void visitPropertyFetch(Expr.PropertyFetch n) {
                if (writing == 0 && n.name() instanceof Identifier id) {
                    instance(n, id, scope, out);
                }
                int saved = writing;
                writing = 0;
                scan(n.object());
                writing = saved;
                if (n.name() instanceof Expr e) {
                    scan(e);
                }
                return null;
            }

            @Override
            public Void visitStaticPropertyFetch(Expr.StaticPropertyFetch n) {
                if (n.cls() instanceof Name cls && n.name() instanceof Identifier id && !cls.is("static")) {
                    String self = classes.isEmpty() || classes.peek().isEmpty() ? null : classes.peek();
                    String resolved = cls.is("self") ? self : cls.is("parent") ? parentOf(self)
                            : scope.namesAt(n.span().start()).resolveClass(cls);
                    staticProperty(resolved, id, scope, out);
                }
                return super.visitStaticPropertyFetch(n);
            }

            @Override
            public Void visitAssign(Expr.Assign n) {
                target(n.target());
                scan(n.value());
                return null;
            }

            @Override
            public Void visitAssignRef(Expr.AssignRef n) {
                target(n.target());
                target(n.value());
                return null;
            }

            @Override
            public Void visitCompoundAssign(Expr.CompoundAssign n) {
                target(n.target());
                scan(n.value());
                return null;
            }

            @Override
            public Void visitIncDec(Expr.IncDec n) {
                target(n.target());
                return null;
            }

            @Override
            public Void visitIsset(Expr.Isset n) {
                n.vars().forEach(this::target);
                return null;
            }

            @Override
            public Void visitEmpty(Expr.Empty n) {
                target(n.expr());
                return null;
            }

            @Override
            public Void visitUnset(Stmt.Unset n) {
                n.vars().forEach(this::target);
                return null;
            }

            @Override
            public Void visitForeach(Stmt.Foreach n) {
                scan(n.subject());
                target(n.key());
                target(n.value());
                scan(n.body());
                return null;
            }

            @Override
            public Void visitBinary(Expr.Binary n) {
                if (n.op() != Expr.BinaryOp.COALESCE) {
                    return super.visitBinary(n);
                }
                target(n.left());
                scan(n.right());
                return null;
            }

            private void target(Expr e) {
                writing++;
                scan(e);
                writing--;
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

            private String parentOf(String cls) {
                Symbols.Class c = cls == null ? null : scope.index().clazz(cls);
                return c == null ? null : c.parent();
            }
        }.scan(file.statements());
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
