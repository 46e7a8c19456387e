package argus.rules.types;

import argus.ast.Expr;
import argus.ast.Member;
import argus.ast.Node;
import argus.ast.Stmt;
import argus.config.PhpVersion;
import argus.diag.Category;
import argus.diag.Severity;
import argus.index.Symbols;
import argus.rules.FindingSink;
import argus.rules.Needs;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import argus.types.Trilean;
import java.util.List;

/**
 * A readonly property (or a property of a readonly class) written where PHP throws: initialised
 * from outside the declaring class (a subclass may, when every targeted version is 8.4 or later),
 * or modified in any way once it may hold its value: `+=`, `++`, `[]=` on an array, `unset` from
 * outside the class, or a reference taken (`&`, a by-reference argument, `foreach` by reference).
 * A plain assignment inside the declaring class is its initialisation and is fine; so is `??=`.
 * Closures are exempt from the scope check (they may be bound to the class), and so is `__clone`.
 */
@RuleInfo(id = "ReadonlyPropertyModified", category = Category.TYPES, severity = Severity.ERROR,
        summary = "A readonly property written from outside its class or modified after initialisation",
        needs = Needs.FLOW, aliases = {"InaccessibleProperty", "property.readOnlyAssignOutOfClass",
                "property.readOnlyAssignNotInConstructor"})
public final class ReadonlyPropertyModified implements NodeRule<Node> {
    private static final PhpVersion SUBCLASS_MAY_INIT = new PhpVersion(8, 4);

    @Override
    public Class<Node> nodeType() {
        return Node.class;
    }

    @Override
    public List<Class<? extends Node>> nodeTypes() {
        return List.of(Expr.Assign.class, Expr.AssignRef.class, Expr.CompoundAssign.class, Expr.IncDec.class,
                Stmt.Unset.class, Stmt.Foreach.class, Expr.FuncCall.class, Expr.MethodCall.class,
                Expr.StaticCall.class, Expr.New.class);
    }

    @Override
    public void check(Node node, Scope scope, FindingSink out) {
        if (inClone(scope)) {
            return;
        }
        if (node instanceof Expr.Assign a) {
            if (isProperty(a.target())) {
                initialisation(a, a.target(), scope, out);
            } else {
                modification(a, a.target(), scope, out);
            }
        } else if (node instanceof Expr.AssignRef r) {
            modification(r, r.target(), scope, out);
            modification(r, r.value(), scope, out);
        } else if (node instanceof Expr.CompoundAssign c) {
            if (c.op() != Expr.BinaryOp.COALESCE) {
                modification(c, c.target(), scope, out);
            }
        } else if (node instanceof Expr.IncDec i) {
            modification(i, i.target(), scope, out);
        } else if (node instanceof Stmt.Unset u) {
            for (Expr v : u.vars()) {
                if (isProperty(v)) {
                    initialisation(v, v, scope, out);
                } else {
                    modification(v, v, scope, out);
                }
            }
        } else if (node instanceof Stmt.Foreach f) {
            if (f.byRef()) {
                modification(f.subject(), f.subject(), scope, out);
            }
        } else {
            ReadonlyReferences.arguments((Expr) node, scope, (arg, target) -> report(arg, target, scope, out));
        }
    }

    private static boolean isProperty(Expr e) {
        return e instanceof Expr.PropertyFetch || e instanceof Expr.StaticPropertyFetch;
    }

    /** `__clone` may give readonly properties their new values (PHP 8.3). */
    private static boolean inClone(Scope scope) {
        return scope.enclosingFunction() instanceof Member.Method m && m.name().name().equalsIgnoreCase("__clone");
    }

    /** A write of the property itself: fine in the declaring class, an error from elsewhere. */
    private static void initialisation(Node at, Expr access, Scope scope, FindingSink out) {
        PropertyTargets.Target t = ReadonlyReferences.readonlyTarget(access, scope);
        if (t == null) {
            return;
        }
        Node fn = scope.enclosingFunction();
        if (fn == null || fn instanceof Expr.Closure || fn instanceof Expr.ArrowFunction) {
            // Top-level code may be included into a method; a closure may be bound to the class.
            return;
        }
        Symbols.Property p = t.property();
        String here = currentClass(scope);
        if (here != null && (PropertyTargets.declaredInTrait(p, scope) || here.equalsIgnoreCase(p.declaringClass()))) {
            return;
        }
        if (here != null) {
            Trilean sub = scope.types().isSubclass(here, p.declaringClass());
            if (sub == Trilean.MAYBE || sub == Trilean.YES && scope.phpVersions().min().atLeast(SUBCLASS_MAY_INIT)
                    && !p.modifiers().isPrivate() && !p.modifiers().has(argus.ast.Modifiers.PRIVATE_SET)) {
                return;
            }
        } else if (scope.enclosingClass() != null || PropertyTargets.declaredInTrait(p, scope)) {
            return;
        }
        String verb = at instanceof Expr.Assign ? "initialize" : "unset";
        out.report(at, "Cannot " + verb + " readonly property " + FunctionInfo.shortName(p.declaringClass()) + "::$"
                + p.name() + " from " + (here == null ? "global scope" : "scope " + FunctionInfo.shortName(here)));
    }

    /** The class whose scope the code runs in: an anonymous class counts as its parent's subclass. */
    private static String currentClass(Scope scope) {
        return scope.enclosingClassName();
    }

    private static void modification(Node at, Expr access, Scope scope, FindingSink out) {
        PropertyTargets.Target t = ReadonlyReferences.modifiedTarget(access, scope);
        if (t != null) {
            report(at, t, scope, out);
        }
    }

    private static void report(Node at, PropertyTargets.Target t, Scope scope, FindingSink out) {
        Symbols.Property p = t.property();
        out.report(at, "Readonly property " + FunctionInfo.shortName(p.declaringClass()) + "::$" + p.name()
                + " cannot be modified; it can only be initialised once, in its class");
    }
}
