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
 * A built-in constant that a targeted PHP version no longer has (constants of whole removed
 * extensions are RemovedExtension's). A project definition of the name or a `defined()` guard
 * silences it.
 */
@RuleInfo(id = "RemovedConstant", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "Use of a built-in constant that a targeted PHP version removed", needs = Needs.PROJECT,
        aliases = {"PHPCompatibility.Constants.RemovedConstants"})
public final class RemovedConstant implements NodeRule<Expr.ConstFetch> {
    @Override
    public Class<Expr.ConstFetch> nodeType() {
        return Expr.ConstFetch.class;
    }

    @Override
    public void check(Expr.ConstFetch fetch, Scope scope, FindingSink out) {
        String constant = SymbolChecks.builtinConstant(fetch.name(), scope);
        Lifetime life = constant == null ? null : SymbolVersions.constant(constant);
        if (life == null || life.extension() != null || !life.removedIn(scope.phpVersions())) {
            return;
        }
        GuardFacts guards = SymbolChecks.guardsAt(fetch, scope);
        PhpVersionRange versions = guards.narrow(scope.phpVersions());
        if (!guards.constants().contains(constant) && versions != null && life.removedIn(versions)) {
            out.report(fetch.name().span(), constant + " was removed in PHP " + life.removed() + SymbolChecks.targets(scope));
        }
    }
}
