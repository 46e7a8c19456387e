package argus.flow;

import argus.ast.Expr;
import argus.ast.Part;
import argus.index.BuiltinFunction;
import argus.index.FunctionFacts;
import argus.index.Param;
import argus.index.Signature;
import argus.types.Trilean;
import argus.types.Type;
import argus.types.Types;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * What a call does to the caller's variables through by-reference parameters: an argument
 * passed by reference is not read (`preg_match($re, $s, $m)` with $m undefined is fine) and
 * holds something new afterwards: the built-in data's output type (`$m` is an array), the
 * parameter's declared type for a user function, or what a built-in does to an array
 * (`sort` keeps its values, `array_push` adds some).
 */
final class CallEffects {
    /** Built-ins that take an array by reference only to move its internal pointer. */
    private static final Set<String> POINTER_ONLY = Set.of("end", "reset", "next", "prev", "key", "current", "each");
    /** Built-ins adding their later arguments to the array: array_push($a, ...$values). */
    private static final Set<String> ADDING = Set.of("array_push", "array_unshift");

    private CallEffects() {
    }

    /** Which arguments of a built-in go to by-reference parameters. */
    static BiPredicate<Integer, String> byRef(TypeEnv env, BuiltinFunction f) {
        Signature sig = f == null ? null : f.signatureIn(env.versions().max());
        if (sig == null) {
            return (i, name) -> false;
        }
        return (i, name) -> {
            Param p = param(sig, i, name);
            return p != null && p.byRef() && !p.preferRef();
        };
    }

    /** Which arguments of a user function go to by-reference parameters. */
    static BiPredicate<Integer, String> byRef(FnSig sig) {
        return (i, name) -> {
            FnSig.P p = sig.param(i, name);
            return p != null && p.byRef();
        };
    }

    private static Param param(Signature sig, int i, String name) {
        if (name != null) {
            return sig.params().stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
        }
        if (i < sig.params().size()) {
            return sig.params().get(i);
        }
        Param last = sig.params().isEmpty() ? null : sig.params().get(sig.params().size() - 1);
        return last != null && last.variadic() ? last : null;
    }

    /** After a user function or method: by-reference arguments hold the parameter's type (mixed if none). */
    static void userOutputs(ExprFlow exprs, FnSig sig, List<Part.Arg> args) {
        for (int i = 0; i < args.size(); i++) {
            Part.Arg a = args.get(i);
            if (a.unpack()) {
                return;
            }
            FnSig.P p = sig.param(i, a.name() == null ? null : a.name().name());
            if (p != null && p.byRef() && assignable(a.value())) {
                Assignments.assign(exprs, a.value(), p.type());
            }
        }
    }

    /** After a built-in: typed outputs from the data, then what it does to other by-reference arguments. */
    static void builtinOutputs(ExprFlow exprs, TypeEnv env, BuiltinFunction f, List<Part.Arg> args, List<Type> argTypes) {
        Set<Integer> typed = new HashSet<>();
        for (FunctionFacts.OutParam out : f.facts().outParams()) {
            if (out.param() < args.size() && assignable(args.get(out.param()).value())) {
                typed.add(out.param());
                Assignments.assign(exprs, args.get(out.param()).value(), env.notation(out.type()));
            }
        }
        Signature sig = f.signatureIn(env.versions().max());
        if (sig == null) {
            return;
        }
        String name = f.name().toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < args.size(); i++) {
            Part.Arg a = args.get(i);
            Param p = a.unpack() ? null : param(sig, i, a.name() == null ? null : a.name().name());
            if (p == null || !p.byRef() || p.preferRef() || typed.contains(i) || !assignable(a.value())) {
                continue;
            }
            Type before = i < argTypes.size() ? argTypes.get(i) : Type.MIXED;
            Assignments.assign(exprs, a.value(), after(name, before, argTypes, i));
        }
        passedChecks(exprs, env, sig, args);
    }

    /**
     * PHP 8 throws a TypeError when null or false reaches a built-in's array, object or callable
     * parameter (only scalars are coerced), so after the call a variable passed there holds
     * neither: `curl_setopt($ch, ...)` five times is one possibly-false finding, not five.
     */
    private static void passedChecks(ExprFlow exprs, TypeEnv env, Signature sig, List<Part.Arg> args) {
        if (!env.versions().min().atLeast(new argus.config.PhpVersion(8, 0))) {
            return;
        }
        for (int i = 0; i < args.size(); i++) {
            Part.Arg a = args.get(i);
            Param p = a.unpack() ? null : param(sig, i, a.name() == null ? null : a.name().name());
            String key = ExprFlow.varName(a.value());
            if (p == null || p.byRef() || p.type() == null || key == null || key.equals("this")
                    || !exprs.state().reachable()) {
                continue;
            }
            Type declared = env.notation(p.type());
            if (declared instanceof Type.Mixed || takesScalarOrNothing(declared, env)) {
                continue;
            }
            Type now = exprs.state().type(key);
            Type checked = Types.remove(Types.removeNull(now), Type.FALSE);
            if (!checked.equals(now) && !(checked instanceof Type.Never)) {
                exprs.setState(Narrowing.narrowed(exprs.state(), key, checked, true));
            }
        }
    }

    private static boolean takesScalarOrNothing(Type declared, TypeEnv env) {
        for (Type t : List.of(Type.NULL, Type.FALSE, Type.INT, Type.FLOAT, Type.STRING)) {
            if (Types.isSubtype(t, declared, env) != Trilean.NO) {
                return true;
            }
        }
        return false;
    }

    private static Type after(String function, Type before, List<Type> argTypes, int position) {
        boolean array = Types.leq(before, Operators.ANY_ARRAY) && !(before instanceof Type.Never);
        if (!array) {
            return Type.MIXED;
        }
        if (POINTER_ONLY.contains(function)) {
            return before;
        }
        Type[] kv = Arrays.iteration(before);
        Type values = kv[1];
        if (ADDING.contains(function)) {
            for (int j = position + 1; j < argTypes.size(); j++) {
                values = Types.join(values, argTypes.get(j));
            }
            return Types.normalize(new Type.ArrayOf(Types.join(kv[0], Type.INT), values, false, true));
        }
        if (function.equals("array_walk") || function.equals("array_walk_recursive") || function.equals("array_splice")) {
            values = Type.MIXED;
        }
        return Types.normalize(new Type.ArrayOf(kv[0], values, false, false));
    }

    private static boolean assignable(Expr e) {
        return e instanceof Expr.Variable || e instanceof Expr.Index || e instanceof Expr.PropertyFetch
                || e instanceof Expr.StaticPropertyFetch;
    }
}
