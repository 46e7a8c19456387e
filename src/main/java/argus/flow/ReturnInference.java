package argus.flow;

import argus.ast.Member;
import argus.ast.Node;
import argus.ast.ParseResult;
import argus.ast.Stmt;
import argus.index.Symbols;
import argus.types.Type;

/**
 * What a function or method without a declared or documented return type returns: its body
 * analysed on its own, the join of its returns. Callees of that body are inferred one level
 * less deep, so recursion ends and every result depends only on the declaration and the
 * depth: the same whatever the order in which threads ask.
 *
 * <p>A method is inferred only where the call surely reaches that body: private and final
 * methods, methods of final classes and enums, calls through a class name or `self::`. A
 * public method may be overridden by a subclass returning something else, and a type guessed
 * from the parent's body would then be wrong.
 */
final class ReturnInference {
    /** How many levels of callees the analysis of a file looks into. */
    static final int DEPTH = 2;

    private ReturnInference() {
    }

    /** The inferred return type of a function, MIXED when its body is not at hand or depth is spent. */
    static Type function(FlowAnalysis caller, Symbols.Function f) {
        if (caller.depth() <= 0) {
            return Type.MIXED;
        }
        return infer(caller, f, f.origin(), null, false);
    }

    static Type method(FlowAnalysis caller, Symbols.Method m, boolean exactTarget) {
        if (caller.depth() <= 0 || !m.hasBody() || !(exactTarget || sealed(caller.env(), m))) {
            return Type.MIXED;
        }
        return infer(caller, m, m.origin(), m.declaringClass(), m.modifiers().isStatic());
    }

    private static boolean sealed(TypeEnv env, Symbols.Method m) {
        if (m.modifiers().isPrivate() || m.modifiers().isFinal()) {
            return true;
        }
        Symbols.Class c = env.index().clazz(m.declaringClass());
        return c != null && (c.modifiers().isFinal() || c.kind() == Stmt.ClassKind.ENUM);
    }

    /** Passes over a directly recursive body before its return type is taken as unknown. */
    private static final int RECURSION_PASSES = 4;

    private static Type infer(FlowAnalysis caller, Object decl, Symbols.Origin origin, String cls, boolean isStatic) {
        if (caller.inferring() == decl) {
            // A function calling itself: what the current pass assumes it returns.
            return caller.assumedReturn();
        }
        boolean sameFile = origin.file().equals(caller.file().source().path());
        ParseResult file = sameFile ? caller.file() : caller.env().bodies().parsed(origin.file());
        if (file == null) {
            // Not consulting the cache here keeps results independent of what other files filled in.
            return Type.MIXED;
        }
        int depth = caller.depth() - 1;
        Type cached = caller.env().inferredReturn(decl, depth);
        if (cached != null) {
            return cached;
        }
        Node node = FileDeclarations.of(file).at(origin.span().start());
        Type t = Type.MIXED;
        if (node != null) {
            t = fixpoint(caller.env(), file, decl, node, origin, cls, isStatic, depth);
        }
        return caller.env().rememberInferredReturn(decl, depth, t);
    }

    /**
     * The least type that returning from the body keeps: recursive calls first assumed to
     * return nothing, then what the previous pass found, until it stops changing.
     */
    private static Type fixpoint(TypeEnv env, ParseResult file, Object decl, Node node, Symbols.Origin origin,
                                 String cls, boolean isStatic, int depth) {
        Type assumed = Type.NEVER;
        for (int pass = 0; pass < RECURSION_PASSES; pass++) {
            FlowAnalysis inner = FlowAnalysis.forInference(file, env, depth, decl, assumed);
            Type t = inner.returnOf(node, origin.names(), cls, isStatic);
            if (!inner.calledItself() || t.equals(assumed)) {
                return surelyNever(t, node) ? t : t instanceof Type.Never ? Type.MIXED : t;
            }
            assumed = pass < 2 ? argus.types.Types.join(assumed, t) : argus.types.Types.widen(assumed, t);
        }
        return Type.MIXED;
    }

    /**
     * Never is believed only when the body visibly ends in `throw` or `exit`: a never wrongly
     * inferred would make the code after every call of the function look dead.
     */
    private static boolean surelyNever(Type t, Node node) {
        if (!(t instanceof Type.Never)) {
            return true;
        }
        java.util.List<Stmt> body = node instanceof Stmt.FunctionDecl f ? f.body() : ((Member.Method) node).body();
        if (body == null || body.isEmpty()) {
            return false;
        }
        return body.get(body.size() - 1) instanceof Stmt.ExprStmt e
                && (e.expr() instanceof argus.ast.Expr.Throw || e.expr() instanceof argus.ast.Expr.Exit);
    }
}
