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

    /** A call's targets, each with the bindings whose argument the flow evaluated, and those arguments' types. */
    private record Prepared(List<CallTargets.Target> targets, List<List<CallTargets.Binding>> bindings,
                            List<List<Type>> types) {
        /** Worked out once per call for the argument rules, which the engine runs one after another there. */
        static Prepared of(Expr call, List<Part.Arg> args, Scope scope) {
            return scope.nodeFact(ArgumentRule.class, call, () -> compute(call, args, scope));
        }

        private static Prepared compute(Expr call, List<Part.Arg> args, Scope scope) {
            List<CallTargets.Target> targets = new CallTargets(scope.types(), scope.names(), scope.enclosingClassName(),
                    scope::typeOf).of(call);
            List<List<CallTargets.Binding>> bindings = new ArrayList<>();
            List<List<Type>> types = new ArrayList<>();
            for (CallTargets.Target target : targets) {
                List<CallTargets.Binding> evaluated = new ArrayList<>();
                List<Type> typesOf = new ArrayList<>();
                for (CallTargets.Binding b : CallTargets.bind(target, args)) {
                    if (scope.evaluated(b.arg().value())) {
                        evaluated.add(b);
                        typesOf.add(scope.typeOf(b.arg().value()));
                    }
                }
                bindings.add(evaluated);
                types.add(typesOf);
            }
            return new Prepared(targets, bindings, types);
        }
    }

    @Override
    public void check(Expr call, Scope scope, FindingSink out) {
        List<Part.Arg> args = CallTargets.argsOf(call);
        if (args.isEmpty()) {
            return;
        }
        Prepared prepared = Prepared.of(call, args, scope);
        if (prepared.targets().isEmpty()) {
            return;
        }
        Acceptance acceptance = new Acceptance(scope.types());
        boolean strict = scope.strictTypes();
        Map<Part.Arg, String> first = new IdentityHashMap<>();
        Map<Part.Arg, List<PhpVersion>> failing = new IdentityHashMap<>();
        List<Part.Arg> order = new ArrayList<>();
        for (int t = 0; t < prepared.targets().size(); t++) {
            CallTargets.Target target = prepared.targets().get(t);
            List<CallTargets.Binding> bound = prepared.bindings().get(t);
            for (int k = 0; k < bound.size(); k++) {
                CallTargets.Binding b = bound.get(k);
                String message = problem(new ArgumentCase(target, b, prepared.types().get(t).get(k), strict, acceptance, scope));
                if (message == null) {
                    continue;
                }
                if (first.putIfAbsent(b.arg(), message) == null) {
                    order.add(b.arg());
                }
                failing.computeIfAbsent(b.arg(), unused -> new ArrayList<>()).addAll(target.versions());
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
