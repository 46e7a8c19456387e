package argus.rules.deadcode;

import argus.ast.Member;
import argus.ast.Node;
import argus.ast.Part;
import argus.ast.Stmt;
import argus.diag.Category;
import argus.diag.Severity;
import argus.flow.VariableUses;
import argus.rules.FindingSink;
import argus.rules.Needs;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import java.util.List;
import java.util.Locale;

/**
 * A parameter of a function or method whose value the body never reads. Quiet where the
 * signature is not the author's to choose: a method a parent, interface or trait declares,
 * PHP's magic methods, abstract methods, stubs meant to be overridden, bodies reading their
 * arguments by position; closures and arrow functions too, whose arity is their caller's.
 */
@RuleInfo(id = "UnusedParam", category = Category.DEAD_CODE, severity = Severity.WARNING,
        summary = "A parameter the function never uses", needs = Needs.PROJECT,
        aliases = {"UnusedParam", "PossiblyUnusedParam", "parameter.unused"})
public final class UnusedParam implements NodeRule<Node> {
    @Override
    public Class<Node> nodeType() {
        return Node.class;
    }

    @Override
    public List<Class<? extends Node>> nodeTypes() {
        return List.of(Stmt.FunctionDecl.class, Member.Method.class);
    }

    @Override
    public void check(Node function, Scope scope, FindingSink out) {
        if (function instanceof Member.Method m && !signatureIsOwn(m, scope)) {
            return;
        }
        VariableUses uses = scope.variableUses(function);
        if (!uses.analysable() || uses.readsArgumentsByPosition()) {
            return;
        }
        for (Part.Param p : LocalNames.params(function)) {
            String name = p.name().name();
            if (!p.modifiers().isEmpty() || LocalNames.ignored(name) || uses.liveAtEntry(name)) {
                continue;
            }
            out.report(p.name(), "Parameter $" + name + " is never used");
        }
    }

    /** Whether the method's author chose its parameters, rather than a supertype, PHP or future overrides. */
    private static boolean signatureIsOwn(Member.Method m, Scope scope) {
        Stmt.ClassLike cls = scope.enclosingClass();
        String name = m.name().name();
        if (m.body() == null || m.modifiers().isAbstract() || cls == null
                || name.startsWith("__") && !name.equalsIgnoreCase("__construct")) {
            return false;
        }
        if (overrides(m)) {
            return false;
        }
        if (m.modifiers().isPrivate()) {
            return true;
        }
        String fqn = scope.enclosingClassName();
        // Constructors need not match their parent's, unless an interface or abstract one dictates them.
        boolean constructor = name.equalsIgnoreCase("__construct");
        if (cls.kind() != Stmt.ClassKind.CLASS && cls.kind() != Stmt.ClassKind.ENUM || fqn == null
                || !constructor && Supertypes.declareMethod(scope, fqn, name)) {
            return false;
        }
        boolean overridable = !m.modifiers().isFinal() && !cls.modifiers().isFinal() && !m.modifiers().isStatic()
                && cls.kind() == Stmt.ClassKind.CLASS;
        return !(overridable && stub(m.body()));
    }

    /** Says of itself that it overrides something the index may not know. */
    private static boolean overrides(Member.Method m) {
        String doc = m.docComment() == null ? "" : m.docComment().toLowerCase(Locale.ROOT);
        if (doc.contains("@inheritdoc") || doc.contains("@override")) {
            return true;
        }
        for (Part.AttributeGroup g : m.attributes()) {
            for (Part.Attribute a : g.attributes()) {
                if (a.name().last().equalsIgnoreCase("Override")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A body that is there to be overridden: empty, one trivial return, or one throw. */
    private static boolean stub(List<Stmt> body) {
        if (body.isEmpty()) {
            return true;
        }
        if (body.size() != 1) {
            return false;
        }
        Stmt s = body.get(0);
        return s instanceof Stmt.Return r && (r.value() == null || LocalNames.trivial(r.value()))
                || s instanceof Stmt.ExprStmt e && e.expr() instanceof argus.ast.Expr.Throw;
    }
}
