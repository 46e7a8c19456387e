package argus.rules.compat;

import argus.ast.Expr;
import argus.ast.Name;
import argus.ast.Part;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a condition says when it is true (or false): the guards of
 * reporting-conventions.md, read from the expression alone. Anything else says nothing.
 */
final class GuardConditions {
    private static final int ANY = Integer.MAX_VALUE;

    private GuardConditions() {
    }

    static GuardFacts facts(Expr cond, boolean truth) {
        if (cond instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NOT) {
            return facts(u.operand(), !truth);
        }
        if (cond instanceof Expr.Binary b) {
            return binary(b, truth);
        }
        if (cond instanceof Expr.FuncCall call && call.callee() instanceof Name n) {
            if (n.is("version_compare")) {
                return versionCompare(call.args(), null, truth);
            }
            return truth ? exists(n, call.args()) : missing(n, call.args()).and(fallback(cond));
        }
        return truth ? GuardFacts.NONE : fallback(cond);
    }

    /**
     * Where a condition choosing an extension's successor is false, the code runs its fallback to
     * the old extension: `if ($this->use_mysqli) { mysqli_query(...) } else { mysql_query(...) }`
     * (WordPress's wpdb) calls mysql only where mysqli was not picked, which is no PHP 7 or later.
     * The choice is read from names: a variable or property naming the successor, `instanceof` one
     * of its classes, isset() of such a flag, function_exists() of one of its functions.
     */
    private static GuardFacts fallback(Expr cond) {
        for (SymbolTable.Extension x : SymbolTable.get().replaced()) {
            if (namesSuccessor(cond, x.successor())) {
                return new GuardFacts(Set.of(), Set.of(), Set.of(), Set.of(x.name()), Set.of(), 0, ANY);
            }
        }
        return GuardFacts.NONE;
    }

    private static boolean namesSuccessor(Expr e, String successor) {
        if (e instanceof Expr.Variable v) {
            return v.name().toLowerCase(Locale.ROOT).contains(successor);
        }
        if (e instanceof Expr.PropertyFetch p) {
            return p.name() instanceof argus.ast.Identifier id && id.name().toLowerCase(Locale.ROOT).contains(successor);
        }
        if (e instanceof Expr.StaticPropertyFetch p) {
            return p.name() instanceof argus.ast.Identifier id && id.name().toLowerCase(Locale.ROOT).contains(successor);
        }
        if (e instanceof Expr.Instanceof i) {
            return i.cls() instanceof Name n && n.last().toLowerCase(Locale.ROOT).startsWith(successor);
        }
        if (e instanceof Expr.Isset i) {
            return i.vars().size() == 1 && namesSuccessor(i.vars().get(0), successor);
        }
        if (e instanceof Expr.FuncCall call && call.callee() instanceof Name n
                && (n.is("function_exists") || n.is("extension_loaded")) && !call.args().isEmpty()
                && call.args().get(0).value() instanceof Expr.StringLit s) {
            String name = s.value().toLowerCase(Locale.ROOT);
            return n.is("extension_loaded") ? name.equals(successor) : successor.equals(SymbolChecks.extensionOf(name));
        }
        return false;
    }

    private static GuardFacts binary(Expr.Binary b, boolean truth) {
        switch (b.op()) {
            case BOOL_AND, LOGICAL_AND:
                return truth ? facts(b.left(), true).and(facts(b.right(), true))
                        : facts(b.left(), false).or(facts(b.right(), false));
            case BOOL_OR, LOGICAL_OR:
                return truth ? facts(b.left(), true).or(facts(b.right(), true))
                        : facts(b.left(), false).and(facts(b.right(), false));
            case IDENTICAL, EQUAL, NOT_IDENTICAL, NOT_EQUAL: {
                boolean equal = b.op() == Expr.BinaryOp.IDENTICAL || b.op() == Expr.BinaryOp.EQUAL;
                if (b.right() instanceof Expr.BoolLit lit) {
                    return facts(b.left(), truth == (equal == lit.value()));
                }
                if (b.left() instanceof Expr.BoolLit lit) {
                    return facts(b.right(), truth == (equal == lit.value()));
                }
                return versionComparison(b, truth);
            }
            default:
                return versionComparison(b, truth);
        }
    }

    /** `function_exists('x')` and its kin, true. */
    private static GuardFacts exists(Name callee, List<Part.Arg> args) {
        if (callee.kind() == Name.Kind.QUALIFIED || callee.kind() == Name.Kind.RELATIVE) {
            return GuardFacts.NONE;
        }
        String fn = callee.text().toLowerCase(Locale.ROOT);
        int at = fn.equals("method_exists") ? 1 : 0;
        if (args.size() <= at || !(args.get(at).value() instanceof Expr.StringLit s)) {
            return GuardFacts.NONE;
        }
        String name = s.value().startsWith("\\") ? s.value().substring(1) : s.value();
        Set<String> one = Set.of(name.toLowerCase(Locale.ROOT));
        Set<String> none = Set.of();
        switch (fn) {
            case "function_exists", "is_callable":
                return new GuardFacts(one, none, none, none, none, 0, ANY);
            case "class_exists", "interface_exists", "trait_exists", "enum_exists":
                return new GuardFacts(none, one, none, none, none, 0, ANY);
            case "defined":
                return new GuardFacts(none, none, Set.of(name), none, none, 0, ANY);
            case "extension_loaded":
                return new GuardFacts(none, none, none, one, none, 0, ANY);
            case "method_exists":
                return new GuardFacts(none, none, none, none, one, 0, ANY);
            default:
                return GuardFacts.NONE;
        }
    }

    /**
     * `!function_exists('random_bytes')`: where a function or class of PHP's core is missing,
     * PHP is older than the version that added it (a polyfill declared under the same guard
     * only runs there). Extensions that may be left out of a build say nothing about versions.
     */
    private static GuardFacts missing(Name callee, List<Part.Arg> args) {
        if (callee.kind() == Name.Kind.QUALIFIED || callee.kind() == Name.Kind.RELATIVE || args.isEmpty()
                || !(args.get(0).value() instanceof Expr.StringLit s)) {
            return GuardFacts.NONE;
        }
        String fn = callee.text().toLowerCase(Locale.ROOT);
        String name = s.value().startsWith("\\") ? s.value().substring(1) : s.value();
        Lifetime life;
        String ext;
        switch (fn) {
            case "function_exists", "is_callable" -> {
                life = SymbolVersions.function(name);
                ext = SymbolChecks.extensionOf(name);
            }
            case "class_exists", "interface_exists", "trait_exists", "enum_exists" -> {
                life = SymbolVersions.clazz(name);
                var c = argus.index.Builtins.get().clazz(name);
                ext = c == null || c.ext() == null ? null : c.ext().toLowerCase(Locale.ROOT);
            }
            default -> {
                return GuardFacts.NONE;
            }
        }
        if (life == null || life.since() == null || life.extension() != null || ext == null || !CORE.contains(ext)) {
            return GuardFacts.NONE;
        }
        return GuardFacts.versions(0, life.since().id() - 1);
    }

    /** Extensions every PHP build has (hash and json since 7.4 and 8.0, and in practice before). */
    private static final Set<String> CORE = Set.of("core", "standard", "date", "pcre", "spl", "reflection", "hash",
            "json", "random");

    /**
     * `PHP_VERSION_ID >= 80000`, `PHP_MAJOR_VERSION < 8`, `version_compare(PHP_VERSION, '8.0') >= 0`,
     * either way round. Versions are compared as PHP_VERSION_ID numbers (80103 for 8.1.3).
     */
    private static GuardFacts versionComparison(Expr.Binary b, boolean truth) {
        Expr.BinaryOp op = truth ? b.op() : negate(b.op());
        if (op == null) {
            return GuardFacts.NONE;
        }
        Expr left = b.left();
        Expr right = b.right();
        if (isNumber(left) && !isNumber(right)) {
            Expr t = left;
            left = right;
            right = t;
            op = mirror(op);
        }
        Long n = right instanceof Expr.IntLit i ? Long.valueOf(i.value()) : isUnaryMinusOne(right) ? Long.valueOf(-1) : null;
        if (n == null || op == null) {
            return GuardFacts.NONE;
        }
        if (isConstant(left, "PHP_VERSION_ID")) {
            return interval(op, n);
        }
        if (isConstant(left, "LIBXML_VERSION")) {
            // PHP 8.0 requires libxml2 2.9.0 or later: an older libxml means an older PHP.
            long[] libxml = bounds(op, n);
            return libxml == null || libxml[1] >= 20900 ? GuardFacts.NONE : GuardFacts.versions(0, 704);
        }
        if (isConstant(left, "PHP_MAJOR_VERSION")) {
            long[] majors = bounds(op, n);
            return majors == null ? GuardFacts.NONE
                    : toFacts(majors[0] * 10000, majors[1] == Long.MAX_VALUE ? Long.MAX_VALUE : majors[1] * 10000 + 9999);
        }
        if (left instanceof Expr.FuncCall call && call.callee() instanceof Name name && name.is("version_compare")
                && call.args().size() == 2) {
            // version_compare(a, b) is -1, 0 or 1: `>= 0` means a >= b, `< 0` or `== -1` a < b.
            Expr.BinaryOp cmp = signTest(op, n);
            return cmp == null ? GuardFacts.NONE : versionCompare(call.args(), cmp, true);
        }
        return GuardFacts.NONE;
    }

    /** version_compare(PHP_VERSION, 'x.y', op) (op given as the third argument, or as {@code cmp}). */
    private static GuardFacts versionCompare(List<Part.Arg> args, Expr.BinaryOp cmp, boolean truth) {
        if (args.size() < 2) {
            return GuardFacts.NONE;
        }
        Expr.BinaryOp op = cmp;
        if (op == null) {
            if (args.size() != 3 || !(args.get(2).value() instanceof Expr.StringLit s)) {
                return GuardFacts.NONE;
            }
            op = operator(s.value());
        }
        Long version;
        if (isRunningVersion(args.get(0).value())) {
            version = parseVersion(args.get(1).value());
        } else if (isRunningVersion(args.get(1).value())) {
            version = parseVersion(args.get(0).value());
            op = op == null ? null : mirror(op);
        } else {
            return GuardFacts.NONE;
        }
        if (!truth && op != null) {
            op = negate(op);
        }
        return version == null || op == null ? GuardFacts.NONE : interval(op, version);
    }

    private static GuardFacts interval(Expr.BinaryOp op, long n) {
        long[] b = bounds(op, n);
        return b == null ? GuardFacts.NONE : toFacts(b[0], b[1]);
    }

    /** The inclusive bounds of x with `x op n`, or null when it bounds nothing (`!=`). */
    private static long[] bounds(Expr.BinaryOp op, long n) {
        return switch (op) {
            case LESS -> new long[] {0, n - 1};
            case LESS_EQUAL -> new long[] {0, n};
            case GREATER -> new long[] {n + 1, Long.MAX_VALUE};
            case GREATER_EQUAL -> new long[] {n, Long.MAX_VALUE};
            case EQUAL, IDENTICAL -> new long[] {n, n};
            default -> null;
        };
    }

    /** PHP_VERSION_ID bounds to minor version ids: 70205 lies in 7.2 (id 702). */
    private static GuardFacts toFacts(long lo, long hi) {
        if (hi < lo) {
            return GuardFacts.versions(1, 0);
        }
        int min = (int) Math.max(0, Math.min(lo / 100, Integer.MAX_VALUE));
        int max = hi == Long.MAX_VALUE ? Integer.MAX_VALUE : (int) Math.max(-1, Math.min(hi / 100, Integer.MAX_VALUE - 1));
        return GuardFacts.versions(min, max);
    }

    private static Expr.BinaryOp signTest(Expr.BinaryOp op, long n) {
        // The result r of version_compare is -1, 0 or 1; turn `r op n` into the comparison of its arguments.
        boolean lt = holds(op, -1, n);
        boolean eq = holds(op, 0, n);
        boolean gt = holds(op, 1, n);
        if (lt && eq && !gt) {
            return Expr.BinaryOp.LESS_EQUAL;
        }
        if (lt && !eq && !gt) {
            return Expr.BinaryOp.LESS;
        }
        if (!lt && eq && gt) {
            return Expr.BinaryOp.GREATER_EQUAL;
        }
        if (!lt && !eq && gt) {
            return Expr.BinaryOp.GREATER;
        }
        if (!lt && eq && !gt) {
            return Expr.BinaryOp.EQUAL;
        }
        return null;
    }

    private static boolean holds(Expr.BinaryOp op, long r, long n) {
        return switch (op) {
            case LESS -> r < n;
            case LESS_EQUAL -> r <= n;
            case GREATER -> r > n;
            case GREATER_EQUAL -> r >= n;
            case EQUAL, IDENTICAL -> r == n;
            case NOT_EQUAL, NOT_IDENTICAL -> r != n;
            default -> false;
        };
    }

    private static Expr.BinaryOp negate(Expr.BinaryOp op) {
        return switch (op) {
            case LESS -> Expr.BinaryOp.GREATER_EQUAL;
            case LESS_EQUAL -> Expr.BinaryOp.GREATER;
            case GREATER -> Expr.BinaryOp.LESS_EQUAL;
            case GREATER_EQUAL -> Expr.BinaryOp.LESS;
            case EQUAL -> Expr.BinaryOp.NOT_EQUAL;
            case IDENTICAL -> Expr.BinaryOp.NOT_IDENTICAL;
            case NOT_EQUAL -> Expr.BinaryOp.EQUAL;
            case NOT_IDENTICAL -> Expr.BinaryOp.IDENTICAL;
            default -> null;
        };
    }

    private static Expr.BinaryOp mirror(Expr.BinaryOp op) {
        return switch (op) {
            case LESS -> Expr.BinaryOp.GREATER;
            case LESS_EQUAL -> Expr.BinaryOp.GREATER_EQUAL;
            case GREATER -> Expr.BinaryOp.LESS;
            case GREATER_EQUAL -> Expr.BinaryOp.LESS_EQUAL;
            default -> op;
        };
    }

    private static Expr.BinaryOp operator(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "<", "lt" -> Expr.BinaryOp.LESS;
            case "<=", "le" -> Expr.BinaryOp.LESS_EQUAL;
            case ">", "gt" -> Expr.BinaryOp.GREATER;
            case ">=", "ge" -> Expr.BinaryOp.GREATER_EQUAL;
            case "==", "eq" -> Expr.BinaryOp.EQUAL;
            case "!=", "<>", "ne" -> Expr.BinaryOp.NOT_EQUAL;
            default -> null;
        };
    }

    private static boolean isRunningVersion(Expr e) {
        return isConstant(e, "PHP_VERSION")
                || e instanceof Expr.FuncCall c && c.callee() instanceof Name n && n.is("phpversion") && c.args().isEmpty();
    }

    private static boolean isConstant(Expr e, String name) {
        return e instanceof Expr.ConstFetch c && c.name().is(name.toLowerCase(Locale.ROOT)) && c.name().text().equals(name);
    }

    private static boolean isNumber(Expr e) {
        return e instanceof Expr.IntLit || isUnaryMinusOne(e);
    }

    private static boolean isUnaryMinusOne(Expr e) {
        return e instanceof Expr.Unary u && u.op() == Expr.UnaryOp.MINUS && u.operand() instanceof Expr.IntLit i && i.value() == 1;
    }

    /** '8.0', '7.4.3' (a suffix such as '-dev' is ignored) as a PHP_VERSION_ID number. */
    static Long parseVersion(Expr e) {
        if (!(e instanceof Expr.StringLit s)) {
            return null;
        }
        String[] parts = s.value().split("[^0-9]+", -1);
        long[] n = new long[3];
        int k = 0;
        for (String p : parts) {
            if (p.isEmpty() || k == 3) {
                break;
            }
            n[k++] = Math.min(Long.parseLong(p.length() > 6 ? p.substring(0, 6) : p), 99);
        }
        return k == 0 ? null : n[0] * 10000 + n[1] * 100 + n[2];
    }
}
