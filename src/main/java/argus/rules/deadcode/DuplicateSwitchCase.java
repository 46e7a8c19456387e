package argus.rules.deadcode;

import argus.ast.AstDump;
import argus.ast.Expr;
import argus.ast.Part;
import argus.ast.Stmt;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import java.util.HashMap;
import java.util.Map;

/**
 * A `case` value written twice in one switch: the later case is never entered. `switch`
 * compares with `==`, so `1` and `'1'` are the same case; other expressions count only when
 * written the same and free of side effects.
 */
@RuleInfo(id = "DuplicateSwitchCase", category = Category.DEAD_CODE, severity = Severity.WARNING,
        summary = "A switch case value that an earlier case already covers", aliases = {"ParadoxicalCondition"})
public final class DuplicateSwitchCase implements NodeRule<Stmt.Switch> {
    @Override
    public Class<Stmt.Switch> nodeType() {
        return Stmt.Switch.class;
    }

    @Override
    public void check(Stmt.Switch sw, Scope scope, FindingSink out) {
        Map<String, Integer> seen = new HashMap<>();
        java.util.List<Part.Case> cases = sw.cases();
        for (int i = 0; i < cases.size(); i++) {
            Part.Case c = cases.get(i);
            if (c.cond() == null || !SideEffects.pure(c.cond())) {
                continue;
            }
            Integer first = seen.putIfAbsent(key(c.cond()), i);
            if (first != null && !sameGroup(cases, first, i)) {
                out.report(c, "This case repeats the one at line " + cases.get(first).span().line() + " and is never entered");
            }
        }
    }

    /**
     * Labels stacked on one body (`case '1': case 1: return true;`) lead to the same code whichever
     * matches: listing both spellings documents the accepted values and changes nothing.
     */
    private static boolean sameGroup(java.util.List<Part.Case> cases, int first, int later) {
        for (int i = first; i < later; i++) {
            if (!cases.get(i).body().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Integer literals and the strings that loosely equal them share a key; anything else is its own text. */
    private static String key(Expr e) {
        if (e instanceof Expr.IntLit || e instanceof Expr.StringLit || e instanceof Expr.Unary) {
            String k = DuplicateArrayKey.ArrayKeys.of(e);
            if (k != null) {
                return k;
            }
        }
        return "x:" + AstDump.dump(e);
    }
}
