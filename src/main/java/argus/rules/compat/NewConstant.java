package argus.rules.compat;

import argus.ast.Expr;
import argus.config.PhpVersionRange;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.Needs;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;

/**
 * A built-in constant that the oldest targeted PHP version lacks. A `define()` or `const` of the
 * same name anywhere in the project, or a `defined()` guard, silences it.
 */
@RuleInfo(id = "NewConstant", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "Use of a built-in constant that some targeted PHP version does not have yet", needs = Needs.PROJECT,
        aliases = {"PHPCompatibility.Constants.NewConstants"})
public final class NewConstant implements NodeRule<Expr.ConstFetch> {
    @Override
    public Class<Expr.ConstFetch> nodeType() {
        return Expr.ConstFetch.class;
    }

    @Override
    public void check(Expr.ConstFetch fetch, Scope scope, FindingSink out) {
        String constant = SymbolChecks.builtinConstant(fetch.name(), scope);
        Lifetime life = constant == null ? null : SymbolVersions.constant(constant);
        if (life == null || life.extension() != null || !life.newerThan(scope.phpVersions())) {
            return;
        }
        GuardFacts guards = SymbolChecks.guardsAt(fetch, scope);
        PhpVersionRange versions = guards.narrow(scope.phpVersions());
        if (!guards.constants().contains(constant) && versions != null && life.newerThan(versions)) {
            out.report(fetch.name().span(), constant + " is new in PHP " + life.since() + SymbolChecks.targets(scope));
        }
    }
}
