package argus.rules.compat;

import argus.ast.Expr;
import argus.ast.Name;
import argus.ast.Part;
import argus.config.PhpVersion;
import argus.config.PhpVersionRange;
import argus.diag.Category;
import argus.diag.Severity;
import argus.index.BuiltinFunction;
import argus.index.Builtins;
import argus.index.Signature;
import argus.rules.FindingSink;
import argus.rules.Needs;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;

/**
 * A call passing a built-in function more arguments than it accepts in the oldest targeted PHP
 * version: the parameter was added later (`preg_replace_callback`'s flags in 7.4). PHP 7 warns
 * and returns null, PHP 8 throws. Signatures are those of rules/builtins (7.2..8.4); for older
 * targets the 7.2 signature stands in. Calls unpacking or naming arguments are left alone.
 */
@RuleInfo(id = "NewFunctionParameter", category = Category.COMPATIBILITY, severity = Severity.ERROR,
        summary = "Call of a built-in function with an argument that some targeted PHP version does not accept yet",
        needs = Needs.PROJECT, aliases = {"PHPCompatibility.FunctionUse.NewFunctionParameters"})
public final class NewFunctionParameter implements NodeRule<Expr.FuncCall> {
    @Override
    public Class<Expr.FuncCall> nodeType() {
        return Expr.FuncCall.class;
    }

    @Override
    public void check(Expr.FuncCall call, Scope scope, FindingSink out) {
        if (!(call.callee() instanceof Name name) || call.callableRef() || call.args().isEmpty()) {
            return;
        }
        for (Part.Arg a : call.args()) {
            if (a.unpack() || a.name() != null) {
                return;
            }
        }
        String function = SymbolChecks.builtinFunction(name, scope);
        BuiltinFunction f = function == null ? null : Builtins.get().function(function);
        if (f == null || f.facts().construct()) {
            return;
        }
        int passed = call.args().size();
        PhpVersion tooMany = null;
        int accepted = 0;
        PhpVersion allowedFrom = null;
        for (PhpVersion v : PhpVersion.KNOWN) {
            Signature s = f.signatureIn(v);
            if (s == null) {
                continue;
            }
            boolean fits = s.maxCount() < 0 || passed <= s.maxCount();
            if (!fits && scope.phpVersions().contains(v) && tooMany == null) {
                tooMany = v;
                accepted = s.maxCount();
            } else if (fits && tooMany != null && allowedFrom == null) {
                allowedFrom = v;
            }
        }
        if (tooMany == null || allowedFrom == null) {
            // Too many for every version is an arity error, not a compatibility one.
            return;
        }
        PhpVersionRange versions = SymbolChecks.versionsAt(call, scope);
        if (versions == null || versions.min().compareTo(allowedFrom) >= 0) {
            return;
        }
        out.report(name.span(), name.last() + "() accepts " + passed + " arguments from PHP " + allowedFrom + " on; PHP "
                + tooMany + " takes at most " + accepted + SymbolChecks.targets(scope));
    }
}
