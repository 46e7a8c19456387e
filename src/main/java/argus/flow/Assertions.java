package argus.flow;

import argus.ast.Expr;
import argus.ast.Name;
import argus.index.BuiltinFunction;
import argus.index.FunctionFacts;
import argus.types.Trilean;
import argus.types.Type;
import argus.types.Types;
import java.util.List;
import java.util.Locale;

/**
 * Conditions that are calls of PHP's own checking functions, read from the built-in data's
 * `asserts`: `is_int($x)` and the rest of the family narrow their argument, `in_array($x,
 * $list, true)` narrows to the list's values, `array_key_exists('k', $a)` gives $a the key,
 * and the existence guards (`function_exists`, `class_exists`, `defined`, `method_exists`)
 * leave facts that the calls they protect are recorded as guarded.
 */
final class Assertions {
    private Assertions() {
    }

    /** The branches of such a call, or null when the call is not one. */
    static Narrowing.Branches of(FunctionFlow fn, Expr.FuncCall call, Name name, FlowState in) {
        if (call.args().isEmpty() || fn.env.userFunction(name, fn.names) != null) {
            return null;
        }
        BuiltinFunction f = fn.env.builtinFunction(name, fn.names);
        if (f == null || f.facts().asserts().isEmpty()) {
            return null;
        }
        FlowState st = fn.exprs.eval(call, in).state();
        FlowState whenTrue = st;
        FlowState whenFalse = st;
        for (FunctionFacts.Assertion a : f.facts().asserts()) {
            if (a.param() >= call.args().size() || call.args().get(a.param()).unpack() || !applies(fn, call, a)) {
                continue;
            }
            Expr arg = call.args().get(a.param()).value();
            String key = Narrowing.key(arg);
            Type before = fn.facts.typeOf(arg);
            if (a.ifTrue() != null && key != null) {
                Type ifTrue = fn.env.notation(a.ifTrue());
                Type narrowed = fn.narrowing.narrowTo(whenTrue.knows(key) ? whenTrue.type(key) : before, ifTrue);
                if (narrowed instanceof Type.Never && !(before instanceof Type.Never)) {
                    narrowed = Types.meet(before, ifTrue);
                }
                whenTrue = Narrowing.narrowed(whenTrue, key, narrowed, true);
                if (a.excludeIfFalse() != null) {
                    whenFalse = Narrowing.narrowed(whenFalse, key, Types.remove(before, fn.env.notation(a.excludeIfFalse())), false);
                }
            }
            if (a.names() != null) {
                whenTrue = names(a.names(), literal(fn, arg), key, before, whenTrue);
            }
            if (a.hasKey() != null && key != null && a.hasKey() < call.args().size()) {
                Object k = Arrays.literalKey(fn.facts.typeOf(call.args().get(a.hasKey()).value()));
                if (k != null && Types.leq(before, Operators.ANY_ARRAY) && !(before instanceof Type.Never)) {
                    whenTrue = Narrowing.narrowed(whenTrue, key, Arrays.withKey(before, k, Type.MIXED), true);
                }
            }
            if (a.hasMethod() != null && key != null && a.hasMethod() < call.args().size()) {
                String method = literal(fn, call.args().get(a.hasMethod()).value());
                if (method != null) {
                    whenTrue = fact(whenTrue, "#method:" + key + ":" + method.toLowerCase(Locale.ROOT));
                }
            }
            if (a.valueOf() != null && key != null && a.valueOf() < call.args().size()) {
                Type values = Arrays.element(fn.facts.typeOf(call.args().get(a.valueOf()).value()), null);
                if (!(values instanceof Type.Mixed) && !(values instanceof Type.Never)) {
                    Type narrowed = fn.narrowing.narrowTo(before, values);
                    whenTrue = narrowed instanceof Type.Never ? whenTrue : Narrowing.narrowed(whenTrue, key, narrowed, true);
                }
            }
        }
        return new Narrowing.Branches(whenTrue, whenFalse);
    }

    /** `in_array`'s narrowing holds only with its strict flag given as true. */
    private static boolean applies(FunctionFlow fn, Expr.FuncCall call, FunctionFacts.Assertion a) {
        if (a.when() == null) {
            return true;
        }
        if (a.when().param() >= call.args().size()) {
            return false;
        }
        Type given = fn.facts.typeOf(call.args().get(a.when().param()).value());
        return given.equals(fn.env.notation(a.when().equals()));
    }

    private static String literal(FunctionFlow fn, Expr arg) {
        Type t = fn.facts.typeOf(arg);
        if (t instanceof Type.StrLit s) {
            return s.value().startsWith("\\") ? s.value().substring(1) : s.value();
        }
        if (t instanceof Type.ClassString c && c.of() instanceof Type.Obj o) {
            return o.name();
        }
        return null;
    }

    /** `class_exists($name)`: the name is a class-string; with a literal, calls naming it are guarded. */
    private static FlowState names(String kind, String literal, String key, Type before, FlowState st) {
        FlowState out = st;
        boolean isClass = switch (kind) {
            case "class", "interface", "trait", "enum" -> true;
            default -> false;
        };
        if (literal != null) {
            String fact = switch (kind) {
                case "function" -> "#function:" + literal.toLowerCase(Locale.ROOT);
                case "constant" -> "#constant:" + literal;
                default -> isClass ? "#class:" + literal.toLowerCase(Locale.ROOT) : null;
            };
            if (fact != null) {
                out = fact(out, fact);
            }
        }
        if (isClass && key != null && Types.isSubtype(before, Type.STRING) != Trilean.NO) {
            Type cs = new Type.ClassString(Type.OBJECT);
            Type narrowed = before instanceof Type.Mixed ? cs : Types.meet(before, cs);
            if (!(narrowed instanceof Type.Never)) {
                out = Narrowing.narrowed(out, key, narrowed, true);
            }
        }
        return out;
    }

    private static FlowState fact(FlowState st, String key) {
        return st.reachable() ? st.with(key, Type.TRUE) : st;
    }

}
