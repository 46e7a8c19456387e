package argus.rules.deadcode;

import argus.ast.Expr;
import argus.ast.Member;
import argus.ast.Node;
import argus.ast.Part;
import argus.ast.Stmt;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What the variable rules share: names nobody expects to be used, and the function-likes they look at. */
final class LocalNames {
    private LocalNames() {
    }

    /** Variables PHP or the runtime fill in: never "unused" locals. */
    private static final Set<String> SPECIAL = Set.of("this", "GLOBALS", "_SERVER", "_GET", "_POST", "_FILES",
            "_COOKIE", "_SESSION", "_REQUEST", "_ENV", "php_errormsg", "http_response_header", "argc", "argv");

    /**
     * The convention for "deliberately unused": `$_`, `$_foo`, and names saying so. A config
     * setting would be the place for a project's own pattern; the convention covers the common ones.
     */
    private static final Pattern DELIBERATE = Pattern.compile("_.*|(unused|ignored?|dummy|junk|discard(ed)?|deprecated)(_?[A-Za-z0-9]*)?",
            Pattern.CASE_INSENSITIVE);

    static boolean ignored(String name) {
        return SPECIAL.contains(name) || DELIBERATE.matcher(name).matches();
    }

    /** The parameters of a function-like node, empty for anything else. */
    static List<Part.Param> params(Node function) {
        if (function instanceof Stmt.FunctionDecl f) {
            return f.params();
        }
        if (function instanceof Member.Method m) {
            return m.params();
        }
        if (function instanceof Expr.Closure c) {
            return c.params();
        }
        if (function instanceof Expr.ArrowFunction a) {
            return a.params();
        }
        return List.of();
    }

    static boolean isParam(Node function, String name) {
        for (Part.Param p : params(function)) {
            if (p.name().name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    static boolean isCaptured(Node function, String name) {
        if (function instanceof Expr.Closure c) {
            for (Part.ClosureUse u : c.uses()) {
                if (u.var().name().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A value whose computation costs nothing and says nothing: a defensive `$x = null;` overwritten later is no mistake. */
    static boolean trivial(Expr e) {
        if (e instanceof Expr.NullLit || e instanceof Expr.BoolLit || e instanceof Expr.IntLit
                || e instanceof Expr.FloatLit || e instanceof Expr.StringLit || e instanceof Expr.ConstFetch
                || e instanceof Expr.ClassConstFetch || e instanceof Expr.MagicConst) {
            return true;
        }
        if (e instanceof Expr.Unary u) {
            return trivial(u.operand());
        }
        if (e instanceof Expr.Assign a) {
            // `$a = $b = '';` initialises both.
            return trivial(a.value());
        }
        if (e instanceof Expr.ArrayLit a) {
            return a.items().stream().allMatch(i -> i.value() != null && trivial(i.value())
                    && (i.key() == null || trivial(i.key())));
        }
        return false;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
