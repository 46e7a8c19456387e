package argus.ast;

import java.util.List;

/** Questions about any function-like node (FunctionDecl, Method, Closure, ArrowFunction), asked by several rules. */
public final class FunctionLikes {
    private FunctionLikes() {
    }

    /** The declared return type, or null when none (or not a function-like). */
    public static TypeHint returnType(Node fn) {
        if (fn instanceof Stmt.FunctionDecl f) {
            return f.returnType();
        }
        if (fn instanceof Member.Method m) {
            return m.returnType();
        }
        if (fn instanceof Expr.Closure c) {
            return c.returnType();
        }
        if (fn instanceof Expr.ArrowFunction a) {
            return a.returnType();
        }
        return null;
    }

    /** The statement body, or null for arrow functions and abstract or interface methods. */
    public static List<Stmt> body(Node fn) {
        if (fn instanceof Stmt.FunctionDecl f) {
            return f.body();
        }
        if (fn instanceof Member.Method m) {
            return m.body();
        }
        if (fn instanceof Expr.Closure c) {
            return c.body();
        }
        return null;
    }

    public static List<Part.Param> params(Node fn) {
        if (fn instanceof Stmt.FunctionDecl f) {
            return f.params();
        }
        if (fn instanceof Member.Method m) {
            return m.params();
        }
        if (fn instanceof Expr.Closure c) {
            return c.params();
        }
        if (fn instanceof Expr.ArrowFunction a) {
            return a.params();
        }
        return List.of();
    }

    /** A function with `yield` (not counting nested functions) returns a Generator; its `return` value is the generator's. */
    public static boolean isGenerator(Node fn) {
        if (fn instanceof Expr.ArrowFunction a) {
            return contains(List.of(new Stmt.ExprStmt(a.body().span(), a.body())));
        }
        List<Stmt> body = body(fn);
        return body != null && contains(body);
    }

    private static boolean contains(List<Stmt> body) {
        boolean[] found = new boolean[1];
        new AstScanner() {
            @Override
            public Void visitYield(Expr.Yield n) {
                found[0] = true;
                return null;
            }

            @Override
            public Void visitYieldFrom(Expr.YieldFrom n) {
                found[0] = true;
                return null;
            }

            @Override
            public Void visitClosure(Expr.Closure n) {
                return null;
            }

            @Override
            public Void visitArrowFunction(Expr.ArrowFunction n) {
                return null;
            }

            @Override
            public Void visitClassLike(Stmt.ClassLike n) {
                return null;
            }

            @Override
            public Void visitFunctionDecl(Stmt.FunctionDecl n) {
                return null;
            }
        }.scan(body);
        return found[0];
    }
}
