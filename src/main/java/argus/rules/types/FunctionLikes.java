package argus.rules.types;

import argus.ast.AstScanner;
import argus.ast.Expr;
import argus.ast.Member;
import argus.ast.Name;
import argus.ast.Node;
import argus.ast.Stmt;
import argus.ast.TypeHint;
import argus.rules.Scope;
import argus.types.Type;
import argus.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * What the return rules need to know of a function-like (a function, a method, a closure or an
 * arrow function): its declared return type, its body, whether it is a generator, and how to
 * name it in a message.
 */
final class FunctionLikes {
    private FunctionLikes() {
    }

    /** The native return type as written, or null (none, or not a function-like). */
    static TypeHint returnHint(Node fn) {
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

    /** The statements of the body; null for abstract methods and arrow functions. */
    static List<Stmt> body(Node fn) {
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

    /**
     * Whether the function is a generator: a `yield` in its own body (not in a closure or class
     * declared inside it) makes every return of it the generator's final value instead.
     */
    static boolean isGenerator(Node fn) {
        boolean[] found = new boolean[1];
        AstScanner scanner = new AstScanner() {
            @Override
            public void scan(Node node) {
                if (!found[0]) {
                    super.scan(node);
                }
            }

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
            public Void visitFunctionDecl(Stmt.FunctionDecl n) {
                return null;
            }

            @Override
            public Void visitClassLike(Stmt.ClassLike n) {
                return null;
            }
        };
        if (fn instanceof Expr.ArrowFunction a) {
            scanner.scan(a.body());
        } else {
            List<Stmt> body = body(fn);
            if (body != null) {
                scanner.scan(body);
            }
        }
        return found[0];
    }

    /**
     * The declared return type as a type, `self` and `static` bound to the class around the
     * function; null when the type cannot be judged here: inside a trait, where `self` is the
     * class that uses it, and in an anonymous class, which has no name to bind to.
     */
    static Type declaredReturn(Node fn, Scope scope) {
        TypeHint hint = returnHint(fn);
        if (hint == null) {
            return null;
        }
        if (mentionsClassKeyword(hint)) {
            Stmt.ClassLike cls = scope.enclosingClass();
            if (cls == null || cls.kind() == Stmt.ClassKind.TRAIT || scope.enclosingClassName() == null) {
                return null;
            }
        }
        return scope.types().fromHint(hint, scope.names(), scope.enclosingClassName());
    }

    static boolean mentionsClassKeyword(TypeHint hint) {
        List<Name> names = new ArrayList<>();
        new AstScanner() {
            @Override
            public Void visitName(Name n) {
                names.add(n);
                return null;
            }
        }.scan(hint);
        return names.stream().anyMatch(n -> n.is("self") || n.is("static") || n.is("parent"));
    }

    /** The hint is exactly the keyword {@code lowerName} (`void`, `never`). */
    static boolean is(TypeHint hint, String lowerName) {
        return hint instanceof TypeHint.Named n && n.name().is(lowerName);
    }

    /** How a message names the function: `foo()`, `Foo::bar()`, `the closure`. */
    static String display(Node fn, Scope scope) {
        if (fn instanceof Stmt.FunctionDecl f) {
            return f.name().name() + "()";
        }
        if (fn instanceof Member.Method m) {
            String cls = scope.enclosingClassName();
            return (cls == null ? "" : shortName(cls) + "::") + m.name().name() + "()";
        }
        if (fn instanceof Expr.ArrowFunction) {
            return "the arrow function";
        }
        return "the closure";
    }

    /** {@link #display}, capitalised to open a sentence. */
    static String subject(Node fn, Scope scope) {
        String d = display(fn, scope);
        return d.startsWith("the ") ? "The " + d.substring(4) : d;
    }

    static String shortName(String fqn) {
        int i = fqn.lastIndexOf('\\');
        return i < 0 ? fqn : fqn.substring(i + 1);
    }

    /**
     * The type of a value as PHP sees it where it is used: a call of a void function yields
     * null. Unknown while the flow did not evaluate the expression.
     */
    static Type valueType(Scope scope, Expr e) {
        if (!scope.evaluated(e)) {
            return Type.MIXED;
        }
        return voidAsNull(scope.typeOf(e));
    }

    static Type voidAsNull(Type t) {
        if (t instanceof Type.Void) {
            return Type.NULL;
        }
        if (t instanceof Type.Union u && u.members().stream().anyMatch(m -> m instanceof Type.Void)) {
            List<Type> parts = new ArrayList<>();
            u.members().forEach(m -> parts.add(m instanceof Type.Void ? Type.NULL : m));
            return Types.joinAll(parts);
        }
        return t;
    }
}
