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
 * A `match` condition written twice: the later one can never be chosen. `match` compares with
 * `===`, so only the same expression counts (`1` and `'1'` are different arms), and only
 * expressions without side effects: two calls of `f()` may give different values.
 */
@RuleInfo(id = "DuplicateMatchArm", category = Category.DEAD_CODE, severity = Severity.WARNING,
        summary = "A match arm condition that an earlier arm already covers", aliases = {"match.alwaysFalse"})
public final class DuplicateMatchArm implements NodeRule<Expr.Match> {
    @Override
    public Class<Expr.Match> nodeType() {
        return Expr.Match.class;
    }

    @Override
    public void check(Expr.Match match, Scope scope, FindingSink out) {
        Map<String, Expr> seen = new HashMap<>();
        for (Part.MatchArm arm : match.arms()) {
            for (Expr cond : arm.conditions()) {
                if (!SideEffects.pure(cond)) {
                    continue;
                }
                Expr first = seen.putIfAbsent(AstDump.dump(cond), cond);
                if (first != null) {
                    out.report(cond, "This match condition repeats the one at line " + first.span().line()
                            + " and is never chosen");
                }
            }
        }
    }
}
