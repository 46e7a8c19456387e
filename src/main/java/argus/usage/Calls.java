package argus.usage;

import argus.ast.Expr;
import argus.ast.Identifier;
import argus.ast.MemberName;
import argus.ast.Part;
import argus.index.BuiltinFunction;
import argus.index.Builtins;
import argus.index.SymbolIndex;
import argus.index.Symbols;
import argus.types.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Names a call reaches without writing them: a dynamic member name whose values the flow
 * analysis knows, and names built from a literal prefix, either as a member name or passed to a
 * parameter that takes a callable. One per {@link UsageScanner}.
 */
final class Calls {
    private final SymbolIndex index;
    private final Builtins builtins;
    private final Function<Expr, Type> typeOf;
    private final References.Builder refs;
    private final CallableParams callables;

    Calls(SymbolIndex index, Builtins builtins, Function<Expr, Type> typeOf, References.Builder refs) {
        this.index = index;
        this.builtins = builtins;
        this.typeOf = typeOf;
        this.refs = refs;
        this.callables = new CallableParams(builtins);
    }

    /**
     * The names a dynamic member name can take: literal strings, or the strings its type allows;
     * a concatenation starting with a literal records that prefix and yields no name. Null when unknown.
     */
    List<String> dynamicNames(Expr e) {
        if (e instanceof Expr.StringLit s) {
            return List.of(s.value());
        }
        String prefix = NameWords.literalPrefix(e);
        if (prefix != null) {
            refs.prefixes.add(prefix.toLowerCase(Locale.ROOT));
            return List.of();
        }
        Type t = typeOf.apply(e);
        List<Type> members = t instanceof Type.Union u ? u.members() : List.of(t);
        List<String> out = new ArrayList<>();
        for (Type m : members) {
            if (!(m instanceof Type.StrLit s)) {
                return null;
            }
            out.add(s.value());
        }
        return out;
    }

    /**
     * The callable parameters of the function a call reaches (a project function first, as PHP
     * resolves). Of a function declared more than once (WordPress's no-op `add_action()` for
     * the installer besides the real one), any declaration that takes a callable counts.
     */
    List<String> ofFunction(List<String> candidates) {
        for (String c : candidates) {
            Symbols.Function f = index.function(c);
            if (f != null) {
                List<Symbols.Function> all = index.duplicateFunctions().getOrDefault(f.key(), List.of(f));
                for (Symbols.Function each : all) {
                    List<String> params = callables.of(each.signature(), each.origin().docComment(), each);
                    if (params.stream().anyMatch(java.util.Objects::nonNull)) {
                        return params;
                    }
                }
                return List.of();
            }
        }
        String global = candidates.get(candidates.size() - 1);
        BuiltinFunction b = global.indexOf('\\') >= 0 ? null : builtins.function(global);
        return b == null ? List.of() : callables.of(b);
    }

    /** The callable parameters of a method, when the receiver's class is known and declares or inherits it. */
    List<String> ofMethod(List<String> receivers, MemberName name) {
        if (receivers.size() != 1 || receivers.contains(References.ANY_CLASS) || !(name instanceof Identifier id)) {
            return List.of();
        }
        Symbols.Method m = index.findMethod(receivers.get(0), id.name());
        return m == null ? List.of() : callables.of(m.signature(), m.origin().docComment(), m);
    }

    /**
     * A name built from a literal prefix and passed as a callable ({@code 'wp_ajax_' . $action},
     * {@code [$this, 'render_' . $type]}) may call any function or method with that prefix.
     */
    void callableArguments(List<Part.Arg> args, List<String> callableParams) {
        if (callableParams.stream().allMatch(java.util.Objects::isNull)) {
            return;
        }
        for (Expr value : CallableParams.arguments(args, callableParams)) {
            Expr name = value;
            if (value instanceof Expr.ArrayLit a && a.items().size() == 2 && a.items().get(1).value() != null) {
                name = a.items().get(1).value();
            }
            String prefix = NameWords.literalPrefix(name);
            if (prefix != null) {
                refs.prefixes.add(prefix.toLowerCase(Locale.ROOT));
            }
        }
    }
}
