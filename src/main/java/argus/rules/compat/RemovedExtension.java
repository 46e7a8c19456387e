package argus.rules.compat;

import argus.ast.Expr;
import argus.ast.Name;
import argus.config.PhpVersionRange;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.Needs;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import java.util.List;

/**
 * A function or constant of an extension that left PHP's distribution (mysql and ereg in 7.0,
 * mcrypt in 7.2, imap in 8.4, ...): the fix is a different API, not a different function, so
 * the message names the extension. Extensions that live on in PECL report as warnings: a
 * server may still install them. `extension_loaded('x')` and `function_exists()` guards, and
 * project declarations of the function (a compatibility layer), silence it.
 */
@RuleInfo(id = "RemovedExtension", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "Use of an extension that a targeted PHP version no longer ships", needs = Needs.PROJECT,
        aliases = {"PHPCompatibility.Extensions.RemovedExtensions"})
public final class RemovedExtension implements NodeRule<Expr> {
    @Override
    public Class<Expr> nodeType() {
        return Expr.class;
    }

    @Override
    public List<Class<? extends Expr>> nodeTypes() {
        return List.of(Expr.FuncCall.class, Expr.ConstFetch.class);
    }

    @Override
    public void check(Expr node, Scope scope, FindingSink out) {
        Name name;
        String symbol;
        Lifetime life;
        if (node instanceof Expr.FuncCall call && call.callee() instanceof Name n) {
            name = n;
            symbol = SymbolChecks.builtinFunction(n, scope);
            life = symbol == null ? null : SymbolVersions.function(symbol);
        } else if (node instanceof Expr.ConstFetch c) {
            name = c.name();
            symbol = SymbolChecks.builtinConstant(c.name(), scope);
            life = symbol == null ? null : SymbolVersions.constant(symbol);
        } else {
            return;
        }
        if (life == null || life.extension() == null
                || !life.removedIn(scope.phpVersions()) && !life.deprecatedIn(scope.phpVersions())) {
            return;
        }
        SymbolTable.Extension ext = life.extension();
        GuardFacts guards = SymbolChecks.guardsAt(node, scope);
        PhpVersionRange versions = guards.narrow(scope.phpVersions());
        if (versions == null || guards.extensions().contains(ext.name()) || guards.constants().contains(symbol)
                || guards.functions().stream().anyMatch(f -> ext.hasFunction(f))) {
            // A check for any function of the extension (imap_rfc822_parse_adrlist before imap_errors) checks the extension.
            return;
        }
        String what = name.last() + (node instanceof Expr.FuncCall ? "()" : "") + " belongs to the " + ext.name() + " extension";
        if (life.removedIn(versions)) {
            String where = ext.pecl() ? ", moved from PHP to PECL in " : ", removed in PHP ";
            out.report(name.span(), what + where + ext.removed()
                    + (ext.deprecated() == null ? "" : " (deprecated since " + ext.deprecated() + ")") + SymbolChecks.targets(scope),
                    ext.pecl() ? Severity.WARNING : Severity.ERROR);
        } else if (life.deprecatedIn(versions)) {
            out.report(name.span(), what + ", deprecated since PHP " + ext.deprecated() + " and removed in " + ext.removed()
                    + SymbolChecks.targets(scope), Severity.WARNING);
        }
    }
}
