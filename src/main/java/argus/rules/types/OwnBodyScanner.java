package argus.rules.types;

import argus.ast.AstScanner;
import argus.ast.Expr;
import argus.ast.FunctionLikes;
import argus.ast.Node;
import argus.ast.Stmt;
import java.util.List;

/**
 * Walks the code of one function-like only: closures, arrow functions, functions and classes
 * declared inside it have their own variables and are judged on their own. A closure's `use`
 * list belongs to the code that creates it, so it is still visited.
 */
abstract class OwnBodyScanner extends AstScanner {
    /** Scans the body of a function-like node (for an arrow function, its expression). */
    void scanBodyOf(Node fn) {
        if (fn instanceof Expr.ArrowFunction a) {
            scan(a.body());
        } else {
            List<Stmt> body = FunctionLikes.body(fn);
            if (body != null) {
                scan(body);
            }
        }
    }

    @Override
    public Void visitClosure(Expr.Closure n) {
        scan(n.uses());
        return null;
    }

    @Override
    public Void visitArrowFunction(Expr.ArrowFunction n) {
        return null;
    }

    @Override
    public Void visitFunctionDecl(Stmt.FunctionDecl n) {
        return null;
    }

    @Override
    public Void visitClassLike(Stmt.ClassLike n) {
        return null;
    }

    @Override
    public Void visitNewAnonymousClass(Expr.NewAnonymousClass n) {
        scan(n.args());
        return null;
    }
}
