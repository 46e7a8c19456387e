package argus.rules.nullsafety;

import argus.ast.Expr;
import argus.ast.Node;
import argus.rules.Scope;
import argus.source.Span;
import argus.types.Type;
import java.util.List;

/** What the dereference rules share: which accesses to judge, the receiver, where to report. */
final class Dereference {
    private Dereference() {
    }

    /** The object or array an access reads through, or null for other nodes. */
    static Expr receiver(Node n) {
        if (n instanceof Expr.MethodCall m) {
            return m.object();
        }
        if (n instanceof Expr.PropertyFetch p) {
            return p.object();
        }
        if (n instanceof Expr.Index i) {
            return i.base();
        }
        return null;
    }

    static boolean nullsafe(Node n) {
        return n instanceof Expr.MethodCall m && m.nullsafe() || n instanceof Expr.PropertyFetch p && p.nullsafe();
    }

    /**
     * Whether a `?->` earlier in the chain makes a null here impossible: `$a?->b->c` stops at the
     * `?->` when $a is null, so the null the flow joins into `$a?->b` never reaches `->c`.
     */
    static boolean afterNullsafe(Expr e) {
        while (e != null) {
            if (nullsafe(e)) {
                return true;
            }
            e = receiver(e);
        }
        return false;
    }

    /** The receiver's type when the access is judged at all: evaluated, not inside isset/??, not after `?->`. */
    static Type receiverType(Expr access, Scope scope) {
        Expr r = receiver(access);
        if (r == null || nullsafe(access) || scope.isExistenceChecked(access) || afterNullsafe(r) || !scope.evaluated(r)) {
            return null;
        }
        return scope.typeOf(r);
    }

    /** The `->name` or `[offset]` part, whose line is where the reader looks. */
    static Span at(Expr access) {
        if (access instanceof Expr.MethodCall m) {
            return m.name().span();
        }
        if (access instanceof Expr.PropertyFetch p) {
            return p.name().span();
        }
        if (access instanceof Expr.Index i && i.offset() != null) {
            return i.offset().span();
        }
        return access.span();
    }

    static List<Type> members(Type t) {
        return t instanceof Type.Union u ? u.members() : List.of(t);
    }

    static boolean isObject(Type t) {
        return t instanceof Type.Obj || t instanceof Type.ObjectAny || t instanceof Type.StaticType
                || t instanceof Type.Intersection || t instanceof Type.ClosureType;
    }

    static boolean isArrayLike(Type t) {
        return t instanceof Type.ArrayOf || t instanceof Type.Shape || t instanceof Type.Str || t instanceof Type.StrLit
                || t instanceof Type.NonEmptyStr || t instanceof Type.NumericStr || isObject(t);
    }

    static String what(Expr access) {
        return access instanceof Expr.MethodCall ? "method call" : access instanceof Expr.PropertyFetch ? "property fetch"
                : "array access";
    }

    static String name(Expr access) {
        if (access instanceof Expr.MethodCall m && m.name() instanceof argus.ast.Identifier id) {
            return id.name() + "()";
        }
        if (access instanceof Expr.PropertyFetch p && p.name() instanceof argus.ast.Identifier id) {
            return "$" + id.name();
        }
        return null;
    }
}
