package argus.rules.deadcode;

import argus.ast.AstDump;
import argus.ast.Expr;
import argus.ast.Part;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import java.util.HashMap;
import java.util.Map;

/**
 * A key written twice in one array literal: the later entry silently replaces the earlier one.
 * Keys are compared as PHP stores them: `1`, `'1'`, `1.0` and `true` are the same key, `'01'`
 * is not; an unkeyed entry takes the next integer key while every earlier key is known.
 */
@RuleInfo(id = "DuplicateArrayKey", category = Category.DEAD_CODE, severity = Severity.WARNING,
        summary = "An array literal with the same key twice", aliases = {"DuplicateArrayKey", "array.duplicateKey"})
public final class DuplicateArrayKey implements NodeRule<Expr.ArrayLit> {
    @Override
    public Class<Expr.ArrayLit> nodeType() {
        return Expr.ArrayLit.class;
    }

    @Override
    public void check(Expr.ArrayLit array, Scope scope, FindingSink out) {
        if (array.items().size() < 2) {
            return;
        }
        Map<String, Part.ArrayItem> seen = new HashMap<>();
        long next = 0;
        boolean nextKnown = true;
        for (Part.ArrayItem item : array.items()) {
            if (item.unpack()) {
                nextKnown = false;
                continue;
            }
            String key;
            if (item.key() == null) {
                if (!nextKnown) {
                    continue;
                }
                key = "i:" + next;
            } else {
                key = ArrayKeys.of(item.key());
                if (key == null) {
                    // A computed key may be any integer: later implicit keys are unknown.
                    nextKnown = false;
                    continue;
                }
            }
            if (key.startsWith("i:")) {
                long k = Long.parseLong(key.substring(2));
                next = Math.max(next, k == Long.MAX_VALUE ? k : k + 1);
            }
            Part.ArrayItem first = seen.putIfAbsent(key, item);
            if (first != null) {
                // Two implicit keys never collide; one written key colliding with an implicit one is reported on the later.
                argus.source.Span at = item.key() != null ? item.key().span() : item.value().span();
                String written = item.key() != null ? scope.source().text(at.start(), at.end()) : ArrayKeys.describe(key);
                out.report(at, "Duplicate array key " + written + " (first at line " + first.span().line() + ")");
            }
        }
    }

    /** The key a literal stands for, as PHP stores it: "i:1", "s:abc", or "c:<dump>" for a constant. */
    static final class ArrayKeys {
        private ArrayKeys() {
        }

        static String of(Expr e) {
            if (e instanceof Expr.IntLit i) {
                return "i:" + i.value();
            }
            if (e instanceof Expr.Unary u && u.op() == Expr.UnaryOp.MINUS && u.operand() instanceof Expr.IntLit i) {
                return "i:" + (-i.value());
            }
            if (e instanceof Expr.StringLit s) {
                String v = s.value();
                return canonicalInt(v) ? "i:" + v : "s:" + v;
            }
            if (e instanceof Expr.BoolLit b) {
                return "i:" + (b.value() ? 1 : 0);
            }
            if (e instanceof Expr.NullLit) {
                return "s:";
            }
            if (e instanceof Expr.FloatLit f && !Double.isNaN(f.value()) && !Double.isInfinite(f.value())
                    && f.value() == Math.rint(f.value()) && Math.abs(f.value()) < 1e15) {
                return "i:" + (long) f.value();
            }
            if (e instanceof Expr.ConstFetch || e instanceof Expr.ClassConstFetch) {
                return "c:" + AstDump.dump(e);
            }
            return null;
        }

        /** "1", "-5" and "0" become integer keys; "01", "+1", "1.0" and "-0" stay strings. */
        private static boolean canonicalInt(String v) {
            if (v.isEmpty() || v.length() > 19) {
                return false;
            }
            int start = v.charAt(0) == '-' ? 1 : 0;
            if (start == v.length() || v.charAt(start) == '0' && (v.length() > start + 1 || start == 1)) {
                return false;
            }
            for (int i = start; i < v.length(); i++) {
                if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                    return false;
                }
            }
            try {
                Long.parseLong(v);
                return true;
            } catch (NumberFormatException ex) {
                return false;
            }
        }

        /** How an implicit key reads: it is always an integer. */
        static String describe(String key) {
            return key.substring(2);
        }
    }
}
