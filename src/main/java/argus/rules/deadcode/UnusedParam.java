package argus.rules.deadcode;

import argus.ast.AstScanner;
import argus.ast.Expr;
import argus.ast.Identifier;
import argus.ast.Member;
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
 * A parameter of a method whose value the body never reads. Quiet where the signature is not
 * the author's to choose: a method a parent, interface or trait declares, PHP's magic methods,
 * abstract methods, stubs meant to be overridden, methods registered as callbacks, deprecated
 * ones kept for old callers, bodies reading their arguments by position. Functions, closures
 * and arrow functions are callbacks too often (hooks, XML and cURL handlers, `usort`) to judge
 * one file at a time: whoever calls them fixes their arity.
 */
@RuleInfo(id = "UnusedParam", category = Category.DEAD_CODE, severity = Severity.WARNING,
        summary = "A method parameter that is never used", needs = Needs.PROJECT,
        aliases = {"UnusedParam", "PossiblyUnusedParam", "parameter.unused"})
public final class UnusedParam implements NodeRule<Member.Method> {
    @Override
    public Class<Member.Method> nodeType() {
        return Member.Method.class;
    }

    @Override
    public void check(Member.Method method, Scope scope, FindingSink out) {
        if (method.params().isEmpty() || !signatureIsOwn(method, scope)) {
            return;
        }
        VariableUses uses = scope.variableUses(method);
        if (!uses.analysable() || uses.readsArgumentsByPosition()) {
            return;
        }
        List<Part.Param> params = method.params();
        // Before a used parameter, an unused one of a method others may call cannot go without
        // changing every call: its position is a contract, not a choice.
        int first = 0;
        if (!method.modifiers().isPrivate()) {
            first = params.size();
            while (first > 0 && !used(params.get(first - 1), uses)) {
                first--;
            }
        }
        List<Part.Param> unused = new java.util.ArrayList<>();
        for (int i = first; i < params.size(); i++) {
            Part.Param p = params.get(i);
            if (!used(p, uses) && !LocalNames.ignored(p.name().name()) && !documentedUnused(method.docComment(), p)) {
                unused.add(p);
            }
        }
        if (unused.isEmpty() || registeredAsCallback(method, scope)) {
            return;
        }
        for (Part.Param p : unused) {
            out.report(p.name(), "Parameter $" + p.name().name() + " is never used");
        }
    }

    /**
     * `[$this, 'name']`, `'self::name'`, `$this->name(...)`, or a name computed from a prefix of
     * it: a callback whose caller passes the arguments.
     */
    private static boolean registeredAsCallback(Member.Method method, Scope scope) {
        String name = method.name().name();
        boolean[] found = {false};
        new AstScanner() {
            @Override
            public Void visitStringLit(Expr.StringLit s) {
                String v = s.value();
                found[0] |= v.equalsIgnoreCase(name) || v.regionMatches(true, Math.max(0, v.length() - name.length() - 2),
                        "::" + name, 0, name.length() + 2);
                return null;
            }

            // `[$this, 'column_' . $name]`, "handle_{$type}": a name built from a prefix of this one.
            @Override
            public Void visitBinary(Expr.Binary b) {
                found[0] |= b.op() == Expr.BinaryOp.CONCAT && b.left() instanceof Expr.StringLit s && prefixOf(s.value());
                return super.visitBinary(b);
            }

            @Override
            public Void visitInterpolated(Expr.Interpolated i) {
                found[0] |= i.parts().size() > 1 && i.parts().get(0) instanceof Expr.StringLit s && prefixOf(s.value());
                return super.visitInterpolated(i);
            }

            private boolean prefixOf(String prefix) {
                return prefix.length() < name.length() && prefix.matches("[A-Za-z_][A-Za-z0-9_]+")
                        && name.regionMatches(true, 0, prefix, 0, prefix.length());
            }

            @Override
            public Void visitMethodCall(Expr.MethodCall c) {
                found[0] |= c.callableRef() && c.name() instanceof Identifier id && id.name().equalsIgnoreCase(name);
                return super.visitMethodCall(c);
            }

            @Override
            public Void visitStaticCall(Expr.StaticCall c) {
                found[0] |= c.callableRef() && c.name() instanceof Identifier id && id.name().equalsIgnoreCase(name);
                return super.visitStaticCall(c);
            }
        }.scan(scope.enclosingClass().members());
        return found[0];
    }

    /**
     * By-reference parameters count as used: an unused one is nearly always a callback's contract
     * (hook handlers, stream wrappers) rather than the author's choice.
     */
    private static boolean used(Part.Param p, VariableUses uses) {
        return !p.modifiers().isEmpty() || p.byRef() || uses.liveAtEntry(p.name().name());
    }

    /** The methods PHP calls on a class registered with stream_wrapper_register(), whose arguments PHP chooses. */
    private static boolean streamWrapper(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("stream_") || lower.startsWith("dir_") || lower.equals("url_stat")
                || lower.equals("mkdir") || lower.equals("rmdir") || lower.equals("rename") || lower.equals("unlink");
    }

    /** `@param int $key Not used.`: the author says so, and keeps it for the callers. */
    private static boolean documentedUnused(String doc, Part.Param p) {
        if (doc == null) {
            return false;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("@param\\s+(?:\\S+\\s+)?(?:\\.\\.\\.)?\\$"
                + java.util.regex.Pattern.quote(p.name().name()) + "\\b([^\\n]*)").matcher(doc);
        if (!m.find()) {
            return false;
        }
        String text = m.group(1).toLowerCase(Locale.ROOT);
        return text.contains("not used") || text.contains("unused") || text.contains("ignored");
    }

    /** A deprecated function keeps its old signature for its old callers. */
    private static boolean deprecated(String docComment) {
        return docComment != null && docComment.contains("@deprecated");
    }

    /** Whether the method's author chose its parameters, rather than a supertype, PHP or future overrides. */
    private static boolean signatureIsOwn(Member.Method m, Scope scope) {
        Stmt.ClassLike cls = scope.enclosingClass();
        String name = m.name().name();
        if (m.body() == null || m.modifiers().isAbstract() || cls == null
                || name.startsWith("__") && !name.equalsIgnoreCase("__construct") || streamWrapper(name)) {
            return false;
        }
        if (overrides(m) || deprecated(m.docComment())) {
            return false;
        }
        if (m.modifiers().isPrivate()) {
            return true;
        }
        String fqn = scope.enclosingClassName();
        // A constructor matching its parent's is called the parent's way (factories, registries).
        if (cls.kind() != Stmt.ClassKind.CLASS && cls.kind() != Stmt.ClassKind.ENUM || fqn == null
                || Supertypes.declareMethod(scope, fqn, name)) {
            return false;
        }
        boolean overridable = !m.modifiers().isFinal() && !cls.modifiers().isFinal() && cls.kind() == Stmt.ClassKind.CLASS;
        return !(overridable && (stub(m.body()) || Supertypes.overriddenBelow(scope, fqn, name)));
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

    /**
     * A body that is there to be overridden: empty, or one statement that returns, throws, exits
     * or reports (`return false;`, `return new WP_Error(...)`, `throw ...`, `_doing_it_wrong(...)`).
     */
    private static boolean stub(List<Stmt> body) {
        if (body.isEmpty()) {
            return true;
        }
        if (body.size() != 1) {
            return false;
        }
        Stmt s = body.get(0);
        return s instanceof Stmt.Return || s instanceof Stmt.ExprStmt e && (e.expr() instanceof Expr.Throw
                || e.expr() instanceof Expr.Exit || e.expr() instanceof Expr.FuncCall
                || e.expr() instanceof Expr.StaticCall || e.expr() instanceof Expr.MethodCall);
    }
}
