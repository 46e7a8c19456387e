package argus.rules.types;

import argus.ast.Expr;
import argus.ast.Member;
import argus.ast.Node;
import argus.ast.Stmt;
import argus.flow.CallTargets;
import argus.index.Symbols;
import argus.rules.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The calls a function body may end with, and whether one of them may never return: a callee
 * argus cannot resolve, one documented `@return never` (or `no-return`), or a method of the
 * same class that only ever throws. A body that seems to run off its end after such a call
 * most likely never does (`$this->fail('...')` as the last line of a `: int` method).
 */
final class EndingCalls {
    private static final Pattern NEVER_DOC = Pattern.compile(
            "@(?:psalm-|phpstan-)?return\\s+(?:never|no-return|noreturn|never-returns?)\\b");

    private EndingCalls() {
    }

    static boolean mayNotReturn(List<Stmt> body, Scope scope) {
        List<Expr> calls = new ArrayList<>();
        tails(body, calls);
        CallTargets targets = new CallTargets(scope.types(), scope.names(), scope.enclosingClassName(), scope::typeOf);
        for (Expr call : calls) {
            List<CallTargets.Target> reached = targets.of(call);
            if (reached.isEmpty()) {
                return true;
            }
            for (CallTargets.Target t : reached) {
                if (documentedNever(t) || throwsOnly(t, scope)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The calls that are the last statement of the body or of a branch at its end. */
    private static void tails(List<Stmt> block, List<Expr> out) {
        if (block == null || block.isEmpty()) {
            return;
        }
        Stmt last = block.get(block.size() - 1);
        if (last instanceof Stmt.ExprStmt e) {
            Expr x = e.expr() instanceof Expr.Unary u && u.op() == Expr.UnaryOp.SILENCE ? u.operand() : e.expr();
            if (x instanceof Expr.FuncCall || x instanceof Expr.MethodCall || x instanceof Expr.StaticCall) {
                out.add(x);
            }
        } else if (last instanceof Stmt.If i) {
            tails(i.then(), out);
            i.elseIfs().forEach(e -> tails(e.body(), out));
            tails(i.otherwise(), out);
        } else if (last instanceof Stmt.Block b) {
            tails(b.body(), out);
        } else if (last instanceof Stmt.Try t) {
            tails(t.body(), out);
            t.catches().forEach(c -> tails(c.body(), out));
            tails(t.finallyBody(), out);
        } else if (last instanceof Stmt.Switch s) {
            s.cases().forEach(c -> tails(c.body(), out));
        }
    }

    private static boolean documentedNever(CallTargets.Target t) {
        Symbols.Origin origin = t.function() != null ? t.function().origin() : t.method() != null ? t.method().origin() : null;
        return origin != null && origin.docComment() != null && NEVER_DOC.matcher(origin.docComment()).find();
    }

    /** A method of the class being analysed whose body has no `return` and never reaches its end: it always throws or exits. */
    private static boolean throwsOnly(CallTargets.Target t, Scope scope) {
        Stmt.ClassLike cls = scope.enclosingClass();
        if (t.method() == null || cls == null || scope.enclosingClassName() == null
                || !t.method().declaringClass().equalsIgnoreCase(scope.enclosingClassName())) {
            return false;
        }
        for (Member m : cls.members()) {
            if (m instanceof Member.Method method && method.body() != null
                    && method.name().name().equalsIgnoreCase(t.method().name())) {
                return !scope.flow().fallsOffEnd(method) && !hasReturn(method);
            }
        }
        return false;
    }

    private static boolean hasReturn(Node fn) {
        boolean[] found = new boolean[1];
        new OwnBodyScanner() {
            @Override
            public Void visitReturn(Stmt.Return n) {
                found[0] = true;
                return null;
            }
        }.scanBodyOf(fn);
        return found[0];
    }
}
