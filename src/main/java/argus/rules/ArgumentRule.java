package argus.rules;

import argus.ast.Expr;
import argus.ast.Part;
import argus.config.PhpVersion;
import argus.flow.Acceptance;
import argus.flow.CallTargets;
import argus.types.Type;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shape of the rules about one argument of a call: every call form, every target the call
 * may reach (a built-in has one per signature over the target versions), every argument paired
 * with its parameter. A rule says what is wrong with one pairing; this reports it once per
 * argument, naming the PHP versions when only some of the targeted ones are affected.
 */
public abstract class ArgumentRule implements NodeRule<Expr> {
    /** What a rule sees of one argument. {@code acceptance} answers PHP's coercion questions. */
    protected record ArgumentCase(CallTargets.Target target, CallTargets.Binding binding, Type value, boolean strict,
                                  Acceptance acceptance, Scope scope) {
        public CallTargets.Parameter param() {
            return binding.param();
        }

        /** "argument 2 ($offset) of substr()" */
        public String describe() {
            return "Argument " + (binding.position() + 1) + " ($" + param().name() + ") of " + target.display();
        }
    }

    @Override
    public Class<Expr> nodeType() {
        return Expr.class;
    }

    @Override
    public List<Class<? extends Expr>> nodeTypes() {
        return List.of(Expr.FuncCall.class, Expr.MethodCall.class, Expr.StaticCall.class, Expr.New.class);
    }

    /** The problem with this argument for this target, as a message, or null when there is none. */
    protected abstract String problem(ArgumentCase c);

    @Override
    public void check(Expr call, Scope scope, FindingSink out) {
        List<Part.Arg> args = CallTargets.argsOf(call);
        if (args.isEmpty()) {
            return;
        }
        List<CallTargets.Target> targets = scope.callTargets(call);
        if (targets.isEmpty()) {
            return;
        }
        Acceptance acceptance = new Acceptance(scope.types());
        boolean strict = scope.strictTypes();
        Map<Part.Arg, String> first = new IdentityHashMap<>();
        Map<Part.Arg, List<PhpVersion>> failing = new IdentityHashMap<>();
        List<Part.Arg> order = new ArrayList<>();
        for (CallTargets.Target target : targets) {
            for (CallTargets.Binding b : CallTargets.bind(target, args)) {
                if (!scope.evaluated(b.arg().value())) {
                    continue;
                }
                String message = problem(new ArgumentCase(target, b, scope.typeOf(b.arg().value()), strict, acceptance, scope));
                if (message == null) {
                    continue;
                }
                if (first.putIfAbsent(b.arg(), message) == null) {
                    order.add(b.arg());
                }
                failing.computeIfAbsent(b.arg(), k -> new ArrayList<>()).addAll(target.versions());
            }
        }
        List<PhpVersion> all = scope.types().targetVersions();
        for (Part.Arg arg : order) {
            List<PhpVersion> versions = failing.get(arg);
            String message = first.get(arg);
            if (!versions.containsAll(all) && !versions.isEmpty()) {
                message += " (on PHP " + range(versions) + ")";
            }
            // On the call's line (the conventions), at the argument when it is on that line.
            out.report(arg.span().line() == call.span().line() ? arg.span() : call.span(), message);
        }
    }

    private static String range(List<PhpVersion> versions) {
        PhpVersion lo = versions.get(0);
        PhpVersion hi = versions.get(0);
        for (PhpVersion v : versions) {
            lo = v.compareTo(lo) < 0 ? v : lo;
            hi = v.compareTo(hi) > 0 ? v : hi;
        }
        return lo.equals(hi) ? lo.toString() : lo + ".." + hi;
    }
}
