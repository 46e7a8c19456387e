package argus.rules.types;

import argus.ast.AstScanner;
import argus.ast.Expr;
import argus.ast.FunctionLikes;
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
 * What the return rules add to {@link FunctionLikes} about a function-like: its declared return
 * type bound to the class around it, the type a value has where it is used, and how to name the
 * function in a message.
 */
final class FunctionInfo {
    private FunctionInfo() {
    }

    /**
     * The declared return type as a type, `self` and `static` bound to the class around the
     * function; null when the type cannot be judged here: inside a trait, where `self` is the
     * class that uses it, and in an anonymous class, which has no name to bind to.
     */
    static Type declaredReturn(Node fn, Scope scope) {
        TypeHint hint = FunctionLikes.returnType(fn);
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
