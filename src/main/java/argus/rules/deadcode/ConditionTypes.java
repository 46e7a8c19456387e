package argus.rules.deadcode;

import argus.ast.AstScanner;
import argus.ast.Expr;
import argus.ast.Name;
import argus.rules.Scope;
import argus.types.Trilean;
import argus.types.Type;
import argus.types.Types;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Whether the inferred types decide a check of a condition ({@link ConditionAtoms}): a null
 * comparison, an `instanceof`, an `is_*()` call, or the truth of an object. Only checks of a
 * plain variable are judged, and only when its type is known (never `mixed`, nor a type that
 * holds `mixed`, a template or `object`); checks that involve a constant
 * (configuration: `if (DEBUG)`, `WP_DEBUG && ...`), literal conditions (`while (true)`), and
 * variables that change in an enclosing loop are left alone.
 */
final class ConditionTypes {
    /** What a check always gives, and why. */
    record Verdict(Expr at, boolean alwaysTrue, String message) {
    }

    private static final Map<String, String> IS_TYPE = Map.ofEntries(
            Map.entry("is_string", "string"), Map.entry("is_int", "int"), Map.entry("is_integer", "int"),
            Map.entry("is_long", "int"), Map.entry("is_float", "float"), Map.entry("is_double", "float"),
            Map.entry("is_bool", "bool"), Map.entry("is_array", "array"), Map.entry("is_object", "object"),
            Map.entry("is_null", "null"));

    private ConditionTypes() {
    }

    /**
     * The verdict on one check when the flow and its declared-only view ({@link DeclaredView})
     * agree on it; null when either leaves it open.
     */
    static Verdict agreed(ConditionAtoms.Atom atom, Scope scope, Scope declared, DeclaredOrigin origin) {
        Verdict v = judge(atom, scope, origin);
        if (v == null) {
            return null;
        }
        Verdict d = judge(atom, declared, origin);
        return d != null && d.alwaysTrue() == v.alwaysTrue() ? v : null;
    }

    /** The verdict on one check, or null when the types do not decide it. */
    static Verdict judge(ConditionAtoms.Atom atom, Scope scope, DeclaredOrigin origin) {
        Expr e = atom.expr();
        if (mentionsConstant(e)) {
            return null;
        }
        if (e instanceof Expr.Binary b) {
            return comparison(b, atom, scope, origin);
        }
        if (e instanceof Expr.Instanceof i && i.cls() instanceof Name n && judged(i.expr(), atom, scope, origin)) {
            return instanceOf(i, n, atom, scope);
        }
        if (e instanceof Expr.FuncCall call && call.callee() instanceof Name n && call.args().size() == 1
                && !call.args().get(0).unpack() && n.kind() != Name.Kind.QUALIFIED) {
            return typeCheck(call, n, atom, scope, origin);
        }
        if (e instanceof Expr.Variable v && judged(v, atom, scope, origin)) {
            return truth(v, scope);
        }
        return null;
    }

    /** `$x === null`, `null !== $x`, `$x == null` and their negations. */
    private static Verdict comparison(Expr.Binary b, ConditionAtoms.Atom atom, Scope scope, DeclaredOrigin origin) {
        boolean strict = b.op() == Expr.BinaryOp.IDENTICAL || b.op() == Expr.BinaryOp.NOT_IDENTICAL;
        boolean negated = b.op() == Expr.BinaryOp.NOT_IDENTICAL || b.op() == Expr.BinaryOp.NOT_EQUAL;
        if (!strict && !negated && b.op() != Expr.BinaryOp.EQUAL) {
            return null;
        }
        Expr subject = b.left() instanceof Expr.NullLit ? b.right()
                : b.right() instanceof Expr.NullLit ? b.left() : null;
        if (subject == null || !judged(subject, atom, scope, origin)) {
            return null;
        }
        Type t = scope.typeOf(subject);
        // Loosely, `== null` holds for every falsy value (0, '', [], false): decided only when t has none or only such.
        Trilean isNull = strict ? nullness(t) : Types.falsy(t) instanceof Type.Never ? Trilean.NO : Trilean.MAYBE;
        if (isNull == Trilean.MAYBE) {
            return null;
        }
        boolean result = negated;
        String why = strict ? "is " + t.describe() + ", never null" : "is " + t.describe() + ", never null or falsy";
        return new Verdict(b, result,
                text(b, scope) + " is always " + result + ": " + text(subject, scope) + " " + why);
    }

    /**
     * NO when t cannot be null. "Always null" is never concluded: it rests on every assignment
     * having been seen, and one branch the flow analysis wrongly takes for dead (or a variable
     * initialised to null and set by reference) turns a live check into an "always" finding.
     */
    private static Trilean nullness(Type t) {
        return Types.isNullable(t) ? Trilean.MAYBE : Trilean.NO;
    }

    private static Verdict instanceOf(Expr.Instanceof i, Name n, ConditionAtoms.Atom atom, Scope scope) {
        String cls = scope.namesAt(i.span().start()).resolveClass(n);
        switch (cls) {
            case "static", "parent":
                return null;
            case "self":
                if (atom.enclosingClass() == null || atom.enclosingClass().isEmpty()) {
                    return null;
                }
                cls = atom.enclosingClass();
                break;
            default:
                break;
        }
        Type t = scope.typeOf(i.expr());
        Trilean is = Types.isSubtype(t, new Type.Obj(cls), scope.types());
        if (is == Trilean.MAYBE) {
            return null;
        }
        boolean result = is == Trilean.YES;
        return new Verdict(i, result, text(i, scope) + " is always " + result + ": " + text(i.expr(), scope)
                + " is " + t.describe());
    }

    /** `is_string($x)` and the like, when no function of the project takes that name. */
    private static Verdict typeCheck(Expr.FuncCall call, Name n, ConditionAtoms.Atom atom, Scope scope,
                                     DeclaredOrigin origin) {
        String target = IS_TYPE.get(n.last().toLowerCase(Locale.ROOT));
        Expr arg = call.args().get(0).value();
        if (target == null || scope.types().userFunction(n, scope.namesAt(call.span().start())) != null
                || !judged(arg, atom, scope, origin)) {
            return null;
        }
        Type t = scope.typeOf(arg);
        Trilean is = Types.isSubtype(t, scope.types().notation(target), scope.types());
        if (is == Trilean.MAYBE || is == Trilean.YES && target.equals("null")) {
            // "Always null" is never concluded (see nullness).
            return null;
        }
        boolean result = is == Trilean.YES;
        return new Verdict(call, result, text(call, scope) + " is always " + result + ": " + text(arg, scope)
                + " is " + t.describe());
    }

    /**
     * `if ($order)`: an object is always true. Other values stay unjudged: a variable set to a
     * literal is a setting (`$debug = false; if ($debug)`).
     */
    private static Verdict truth(Expr.Variable v, Scope scope) {
        Type t = scope.typeOf(v);
        if (!(Types.falsy(t) instanceof Type.Never) || !isObject(t)) {
            return null;
        }
        return new Verdict(v, true, text(v, scope) + " is always true: it is " + t.describe() + ", an object");
    }

    private static boolean isObject(Type t) {
        if (t instanceof Type.Union u) {
            return u.members().stream().allMatch(ConditionTypes::isObject);
        }
        return t instanceof Type.Obj || t instanceof Type.StaticType || t instanceof Type.ObjectAny
                || t instanceof Type.ClosureType;
    }

    /**
     * Whether a check's subject is one whose type may decide it: a plain variable (not `$this`)
     * surely assigned where it is read, with a known type that no docblock gave
     * ({@link DeclaredOrigin}), not changed by an enclosing loop.
     */
    private static boolean judged(Expr subject, ConditionAtoms.Atom atom, Scope scope, DeclaredOrigin origin) {
        if (!(subject instanceof Expr.Variable v) || v.name().equals("this") || atom.changingInLoops().contains(v.name())
                || !scope.evaluated(subject) || scope.flow().definedAt(v) != Trilean.YES
                || !known(scope.typeOf(subject))) {
            // A variable not surely assigned here may come from the code that includes this file.
            return false;
        }
        // Last: it walks the whole function the first time.
        return origin.of(v, atom.function());
    }

    /**
     * A type that says what the value is: no mixed, template or bare object anywhere in it. A
     * value that is only ever null is not judged either (see {@link #nullness}).
     */
    private static boolean known(Type t) {
        if (t instanceof Type.Null) {
            return false;
        }
        return knownPart(t);
    }

    private static boolean knownPart(Type t) {
        if (t instanceof Type.Union u) {
            return u.members().stream().allMatch(ConditionTypes::knownPart);
        }
        return !(t instanceof Type.Mixed || t instanceof Type.Never || t instanceof Type.TemplateParam
                || t instanceof Type.ObjectAny || t instanceof Type.Intersection || t instanceof Type.Void);
    }

    private static boolean mentionsConstant(Expr e) {
        boolean[] found = {false};
        new AstScanner() {
            @Override
            public Void visitConstFetch(Expr.ConstFetch node) {
                found[0] |= !(node.name().is("null") || node.name().is("true") || node.name().is("false"));
                return null;
            }

            @Override
            public Void visitClassConstFetch(Expr.ClassConstFetch node) {
                found[0] = true;
                return null;
            }
        }.scan(e);
        return found[0];
    }

    /** The expression as written, shortened. */
    static String text(Expr e, Scope scope) {
        byte[] b = scope.source().bytes();
        int start = e.span().start();
        int end = Math.min(e.span().end(), b.length);
        String s = new String(b, start, Math.max(0, end - start), StandardCharsets.ISO_8859_1).replaceAll("\\s+", " ");
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
