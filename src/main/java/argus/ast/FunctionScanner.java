package argus.ast;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * An {@link AstScanner} that knows the innermost function-like around the node it visits: a
 * function, method or closure, and an arrow function when the subclass counts those as their
 * own scope (an arrow function's body reads the enclosing variables, but has arguments of its own).
 */
public abstract class FunctionScanner extends AstScanner {
    private final Deque<Node> functions = new ArrayDeque<>();
    private final boolean arrowFunctions;

    protected FunctionScanner(boolean arrowFunctions) {
        this.arrowFunctions = arrowFunctions;
    }

    /** The innermost function-like around the current node, or null in top-level code. */
    protected Node enclosingFunction() {
        return functions.peek();
    }

    private void inside(Node function, Runnable visit) {
        functions.push(function);
        visit.run();
        functions.pop();
    }

    @Override
    public Void visitFunctionDecl(Stmt.FunctionDecl node) {
        inside(node, () -> super.visitFunctionDecl(node));
        return null;
    }

    @Override
    public Void visitMethod(Member.Method node) {
        inside(node, () -> super.visitMethod(node));
        return null;
    }

    @Override
    public Void visitClosure(Expr.Closure node) {
        inside(node, () -> super.visitClosure(node));
        return null;
    }

    @Override
    public Void visitArrowFunction(Expr.ArrowFunction node) {
        if (arrowFunctions) {
            inside(node, () -> super.visitArrowFunction(node));
            return null;
        }
        return super.visitArrowFunction(node);
    }
}
