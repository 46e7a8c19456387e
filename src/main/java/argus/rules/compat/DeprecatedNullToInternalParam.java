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
import argus.index.Param;
import argus.index.Signature;
import argus.rules.FindingSink;
import argus.rules.Needs;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import argus.types.Type;
import argus.types.Types;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Null passed to a scalar parameter of a built-in function that does not accept null: PHP 8.1
 * deprecates the silent conversion (to "", 0 or false). Reported when the argument is null, or
 * its type, declared or inferred, includes null; never for mixed or unknown values.
 */
@RuleInfo(id = "DeprecatedNullToInternalParam", category = Category.COMPATIBILITY, severity = Severity.WARNING,
        summary = "Null passed to a non-nullable scalar parameter of a built-in function, deprecated in PHP 8.1",
        level = 3, needs = Needs.FLOW, aliases = {"PHPCompatibility.ParameterValues.RemovedNullToInternalFunctionParameters"})
public final class DeprecatedNullToInternalParam implements NodeRule<Expr.FuncCall> {
    private static final PhpVersion DEPRECATED = PhpVersion.parse("8.1");
    private static final Set<String> SCALARS = Set.of("int", "float", "string", "bool");

    @Override
    public Class<Expr.FuncCall> nodeType() {
        return Expr.FuncCall.class;
    }

    @Override
    public void check(Expr.FuncCall call, Scope scope, FindingSink out) {
        if (!(call.callee() instanceof Name name) || call.args().isEmpty() || !scope.phpVersions().max().atLeast(DEPRECATED)) {
            return;
        }
        String function = SymbolChecks.builtinFunction(name, scope);
        BuiltinFunction f = function == null ? null : Builtins.get().function(function);
        Signature s = f == null ? null : f.signatureIn(DEPRECATED);
        if (s == null) {
            return;
        }
        List<Part.Arg> args = call.args();
        for (int i = 0; i < args.size(); i++) {
            Part.Arg a = args.get(i);
            if (a.unpack() || a.name() != null) {
                return;
            }
            Param p = i < s.params().size() ? s.params().get(i)
                    : !s.params().isEmpty() && s.params().get(s.params().size() - 1).variadic() ? s.params().get(s.params().size() - 1) : null;
            if (p == null || p.byRef() || !rejectsNull(p.type())) {
                continue;
            }
            String what = nullness(a.value(), scope);
            if (what == null) {
                continue;
            }
            PhpVersionRange versions = SymbolChecks.versionsAt(call, scope);
            if (versions == null || !versions.max().atLeast(DEPRECATED)) {
                return;
            }
            out.report(a.value().span(), "Passing " + what + " to parameter #" + (i + 1) + " ($" + p.name() + ") of "
                    + name.last() + "() is deprecated since PHP 8.1" + SymbolChecks.targets(scope));
        }
    }

    /** A scalar type without null: `string`, `int|string`; not `?string`, `mixed`, `array|string|null`, `array`. */
    private static boolean rejectsNull(String type) {
        if (type == null || type.startsWith("?")) {
            return false;
        }
        boolean scalar = false;
        for (String part : type.toLowerCase(Locale.ROOT).split("\\|")) {
            if (part.equals("null") || part.equals("mixed")) {
                return false;
            }
            scalar |= SCALARS.contains(part);
        }
        return scalar;
    }

    /** "null", "a possibly null value of type ?string", or null when the argument is not known to be nullable. */
    private static String nullness(Expr value, Scope scope) {
        if (value instanceof Expr.NullLit || value instanceof Expr.ConstFetch c && c.name().is("null")) {
            return "null";
        }
        if (value instanceof Expr.StringLit || value instanceof Expr.IntLit || value instanceof Expr.Interpolated) {
            return null;
        }
        Type t = scope.typeOf(value);
        if (t instanceof Type.Null) {
            return "null";
        }
        return Types.containsNull(t) ? "a possibly null value of type " + t.describe() : null;
    }
}
