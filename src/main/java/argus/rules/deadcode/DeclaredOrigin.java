package argus.rules.deadcode;

import argus.ast.AstScanner;
import argus.ast.Expr;
import argus.ast.Member;
import argus.ast.Name;
import argus.ast.Node;
import argus.ast.Part;
import argus.ast.Stmt;
import argus.flow.CallTargets;
import argus.rules.Scope;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whether a variable's type comes from what PHP enforces: declared parameter types, `new`,
 * literals, casts, PHP's own functions, and user functions with a declared return type and no
 * `@return`. The flow also reads docblocks (`@param`, `@return`, inline `@var`), which is right
 * for finding misuse but not for calling a check redundant: a docblock may lie, and the check is
 * then the code that guards against it (Psalm splits these into separate, docblock-based issues).
 * Every write of the variable in its function must pass, else its checks are not judged.
 */
final class DeclaredOrigin {
    private static final Pattern RETURN_TAG = Pattern.compile("@(?:psalm-|phpstan-)?return\\b");

    private final Scope scope;
    private final List<Stmt> fileStatements;
    private final Map<Object, Map<String, Boolean>> cache = new IdentityHashMap<>();
    private final Map<Node, Map<String, java.util.Set<String>>> mentions = new IdentityHashMap<>();

    DeclaredOrigin(Scope scope, List<Stmt> fileStatements) {
        this.scope = scope;
        this.fileStatements = fileStatements;
    }

    /** @param function the innermost function-like around the read, null for top-level code */
    boolean of(Expr.Variable v, Node function) {
        Object key = function == null ? fileStatements : function;
        return cache.computeIfAbsent(key, k -> new HashMap<>())
                .computeIfAbsent(v.name(), name -> judge(name, function));
    }

    private boolean judge(String name, Node function) {
        if (function != null && mentioned(function, "var", name)) {
            return false;
        }
        boolean param = false;
        if (function != null) {
            for (Part.Param p : argus.ast.FunctionLikes.params(function)) {
                if (p.name().name().equals(name)) {
                    if (p.type() == null || p.byRef() || mentioned(function, "param", name)) {
                        return false;
                    }
                    param = true;
                }
            }
            if (function instanceof Expr.Closure c
                    && c.uses().stream().anyMatch(u -> u.var().name().equals(name))) {
                // Captured: its origin is in the enclosing function.
                return false;
            }
        }
        Writes w = new Writes(name);
        if (function == null) {
            w.scan(fileStatements);
        } else if (function instanceof Expr.ArrowFunction a) {
            w.scan(a.body());
        } else {
            List<Stmt> body = argus.ast.FunctionLikes.body(function);
            if (body != null) {
                w.scan(body);
            }
        }
        return w.declared && (param || w.assigned);
    }

    /** The writes of one variable in one function body (nested functions and classes are other scopes). */
    private final class Writes extends AstScanner {
        private final String name;
        boolean declared = true;
        boolean assigned;

        Writes(String name) {
            this.name = name;
        }

        private boolean isMine(Expr e) {
            return e instanceof Expr.Variable v && v.name().equals(name);
        }

        /** Whether a write through e (`$x`, `$x[...]`, `$x->p`) writes the variable. */
        private boolean writesMine(Expr e) {
            Expr base = e;
            while (base instanceof Expr.Index i) {
                base = i.base();
            }
            return isMine(base);
        }

        private boolean mentionsMine(Expr e) {
            boolean[] found = {false};
            new AstScanner() {
                @Override
                public Void visitVariable(Expr.Variable v) {
                    found[0] |= v.name().equals(name);
                    return null;
                }
            }.scan(e);
            return found[0];
        }

        @Override
        public Void visitAssign(Expr.Assign node) {
            if (isMine(node.target())) {
                assigned = true;
                declared &= enforced(node.value());
            } else if (node.target() instanceof Expr.ListLit || node.target() instanceof Expr.ArrayLit) {
                declared &= !mentionsMine(node.target());
            }
            // `$x['k'] = ...` keeps $x an array: the checks judged here do not look at elements.
            return super.visitAssign(node);
        }

        @Override
        public Void visitAssignRef(Expr.AssignRef node) {
            declared &= !writesMine(node.target()) && !writesMine(node.value());
            return super.visitAssignRef(node);
        }

        @Override
        public Void visitForeach(Stmt.Foreach node) {
            declared &= !(node.key() != null && mentionsMine(node.key())) && !mentionsMine(node.value());
            return super.visitForeach(node);
        }

        @Override
        public Void visitGlobal(Stmt.Global node) {
            declared &= node.vars().stream().noneMatch(this::isMine);
            return super.visitGlobal(node);
        }

        @Override
        public Void visitStaticVar(Part.StaticVar node) {
            declared &= !node.var().name().equals(name);
            return super.visitStaticVar(node);
        }

        @Override
        public Void visitCatch(Part.Catch node) {
            assigned |= node.var() != null && node.var().name().equals(name);
            return super.visitCatch(node);
        }

        @Override
        public Void visitFuncCall(Expr.FuncCall node) {
            byReference(node, node.args());
            return super.visitFuncCall(node);
        }

        @Override
        public Void visitMethodCall(Expr.MethodCall node) {
            byReference(node, node.args());
            return super.visitMethodCall(node);
        }

        @Override
        public Void visitStaticCall(Expr.StaticCall node) {
            byReference(node, node.args());
            return super.visitStaticCall(node);
        }

        /** Passed by reference to user code, the variable takes the type of a parameter that a docblock may give. */
        private void byReference(Expr call, List<Part.Arg> args) {
            if (!declared || args.stream().noneMatch(a -> isMine(a.value()))) {
                return;
            }
            for (CallTargets.Target t : targets(call)) {
                for (CallTargets.Binding b : CallTargets.bind(t, args)) {
                    if (b.param() != null && b.param().byRef() && isMine(b.arg().value())
                            && (t.isUserCode() || !b.param().typed())) {
                        declared = false;
                    }
                }
            }
        }

        @Override
        public Void visitClosure(Expr.Closure node) {
            declared &= node.uses().stream().noneMatch(u -> u.byRef() && u.var().name().equals(name));
            return null;
        }

        @Override
        public Void visitArrowFunction(Expr.ArrowFunction node) {
            return null;
        }

        @Override
        public Void visitFunctionDecl(Stmt.FunctionDecl node) {
            return null;
        }

        @Override
        public Void visitClassLike(Stmt.ClassLike node) {
            return null;
        }
    }

    /** Whether the type of an assigned value rests only on what PHP enforces. */
    private boolean enforced(Expr value) {
        if (value instanceof Expr.Binary b) {
            return b.op() == Expr.BinaryOp.COALESCE ? enforced(b.left()) && enforced(b.right())
                    : b.op() != Expr.BinaryOp.PIPE;
        }
        if (value instanceof Expr.Ternary t) {
            // `$a ?: $b` gives $a itself when truthy.
            return enforced(t.then() == null ? t.cond() : t.then()) && enforced(t.otherwise());
        }
        if (value instanceof Expr.Match m) {
            return m.arms().stream().allMatch(arm -> enforced(arm.body()));
        }
        if (value instanceof Expr.FuncCall || value instanceof Expr.MethodCall || value instanceof Expr.StaticCall) {
            return calls(value);
        }
        return value instanceof Expr.IntLit || value instanceof Expr.FloatLit || value instanceof Expr.StringLit
                || value instanceof Expr.Interpolated || value instanceof Expr.BoolLit || value instanceof Expr.NullLit
                || value instanceof Expr.ArrayLit || value instanceof Expr.New || value instanceof Expr.NewAnonymousClass
                || value instanceof Expr.Cast || value instanceof Expr.Closure || value instanceof Expr.ArrowFunction
                || value instanceof Expr.Isset || value instanceof Expr.Empty || value instanceof Expr.Instanceof
                || value instanceof Expr.Unary;
    }

    /** A call whose every target is PHP's own or declares its return type without a `@return`. */
    private boolean calls(Expr call) {
        if (call instanceof Expr.FuncCall f && f.callee() instanceof Name n
                && scope.types().userFunction(n, scope.namesAt(f.span().start())) == null) {
            return true;
        }
        List<CallTargets.Target> targets = targets(call);
        if (targets.isEmpty()) {
            return false;
        }
        for (CallTargets.Target t : targets) {
            if (t.function() != null) {
                if (t.function().signature().returnType() == null
                        || RETURN_TAG.matcher(nz(t.function().origin().docComment())).find()) {
                    return false;
                }
            } else if (t.method() != null) {
                if (t.method().signature().returnType() == null || t.method().doc() != null
                        || RETURN_TAG.matcher(nz(t.method().origin().docComment())).find()) {
                    return false;
                }
            } else if (t.isUserCode()) {
                return false;
            }
        }
        return true;
    }

    private List<CallTargets.Target> targets(Expr call) {
        int at = call.span().start();
        String self = enclosingClassAt(at);
        return new CallTargets(scope.types(), scope.namesAt(at), self, scope::typeOf).of(call);
    }

    /** The named classes of the file, outer before inner; read on first use. */
    private List<Stmt.ClassLike> classes;

    /** The class declared around an offset of the file, for `self::` calls; null outside one. */
    private String enclosingClassAt(int offset) {
        if (classes == null) {
            classes = new java.util.ArrayList<>();
            new AstScanner() {
                @Override
                public Void visitClassLike(Stmt.ClassLike node) {
                    classes.add(node);
                    return super.visitClassLike(node);
                }
            }.scan(fileStatements);
        }
        Stmt.ClassLike innermost = null;
        for (Stmt.ClassLike c : classes) {
            if (c.span().start() <= offset && offset < c.span().end()) {
                innermost = c;
            }
        }
        return innermost == null || innermost.name() == null ? null
                : scope.namesAt(innermost.span().start()).declared(innermost.name().name());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String docOf(Node function) {
        if (function instanceof Stmt.FunctionDecl f) {
            return nz(f.docComment());
        }
        if (function instanceof Member.Method m) {
            return nz(m.docComment());
        }
        return "";
    }

    private String textOf(Node n) {
        byte[] b = scope.source().bytes();
        int start = Math.min(n.span().start(), b.length);
        int end = Math.min(n.span().end(), b.length);
        return new String(b, start, Math.max(0, end - start), StandardCharsets.ISO_8859_1);
    }

    /**
     * Whether a `@var` inside the function (its source) or a `@param` of its docblock names
     * `$name`: read once per function and tag, as every variable of the function asks.
     */
    private boolean mentioned(Node function, String tag, String name) {
        return mentions.computeIfAbsent(function, f -> new HashMap<>())
                .computeIfAbsent(tag, t -> TagMentions.of(t.equals("var") ? textOf(function) : docOf(function), t))
                .contains(name);
    }
}
