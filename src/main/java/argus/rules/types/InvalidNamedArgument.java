package argus.rules.types;

import argus.ast.Expr;
import argus.ast.Part;
import argus.config.PhpVersion;
import argus.diag.Category;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.Needs;
import argus.rules.NodeRule;
import argus.rules.RuleInfo;
import argus.rules.Scope;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A named argument that no parameter has, one that fills a parameter already given by
 * position (or named twice), or a positional argument after a named one. Built-in functions are
 * judged with the parameter names of the targeted versions from 8.0 on (PHP 7 has no named
 * arguments). A variadic parameter collects unknown names, so such functions accept any.
 */
@RuleInfo(id = "InvalidNamedArgument", category = Category.TYPES, severity = Severity.ERROR,
        summary = "Named argument that matches no parameter, or repeats one", needs = Needs.FLOW,
        aliases = {"InvalidNamedArgument", "argument.unknown", "argument.duplicate"})
public final class InvalidNamedArgument implements NodeRule<Expr> {
    private static final PhpVersion NAMED_SINCE = new PhpVersion(8, 0);

    @Override
    public Class<Expr> nodeType() {
        return Expr.class;
    }

    @Override
    public List<Class<? extends Expr>> nodeTypes() {
        return ArgCount.CALLS;
    }

    @Override
    public void check(Expr call, Scope scope, FindingSink out) {
        List<Part.Arg> args = CallTarget.args(call);
        if (args == null || args.stream().noneMatch(a -> a.name() != null)) {
            return;
        }
        boolean seenNamed = false;
        for (Part.Arg a : args) {
            if (a.name() != null) {
                seenNamed = true;
            } else if (seenNamed && !a.unpack()) {
                out.report(a, "Cannot use a positional argument after a named argument");
                return;
            }
        }
        CallTarget target = CallTarget.of(call, scope);
        if (target == null) {
            return;
        }
        for (CallTarget.Shape shape : target.shapes()) {
            if (!shape.versions().isEmpty() && shape.versions().get(shape.versions().size() - 1).compareTo(NAMED_SINCE) < 0) {
                continue;
            }
            if (judge(call, args, shape, target, out)) {
                return;
            }
        }
    }

    private static boolean judge(Expr call, List<Part.Arg> args, CallTarget.Shape shape, CallTarget target,
                                 FindingSink out) {
        Set<String> filled = new HashSet<>();
        int position = 0;
        for (Part.Arg a : args) {
            if (a.name() == null) {
                if (position < shape.params().size()) {
                    filled.add(shape.params().get(position).name());
                }
                position++;
                continue;
            }
            String name = a.name().name();
            boolean exists = shape.params().stream().anyMatch(p -> p.name().equals(name) && !p.variadic());
            if (!exists && !shape.variadic()) {
                out.report(a.name(), "Unknown named parameter $" + name + " of " + target.display() + shape.on()
                        + hint(shape, name));
                return true;
            }
            if (exists && !filled.add(name)) {
                out.report(a.name(), "Named parameter $" + name + " of " + target.display()
                        + " overwrites an argument already given");
                return true;
            }
        }
        return false;
    }

    private static String hint(CallTarget.Shape shape, String name) {
        Hints.Nearest nearest = new Hints.Nearest(name);
        shape.params().forEach(p -> nearest.offer(p.name()));
        return nearest.suffix("$", "");
    }
}
