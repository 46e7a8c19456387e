package argus.usage;

import argus.ast.Expr;
import argus.ast.Part;
import argus.ast.TypeHint;
import argus.index.BuiltinFunction;
import argus.index.Builtins;
import argus.index.Signature;
import argus.index.Symbols;
import argus.types.Docblock;
import argus.types.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which parameters of a function take a callable: declared {@code callable} natively, in the
 * docblock ({@code @param callable $callback}, how WordPress declares {@code add_action}), or in
 * PHP's own signatures ({@code array_map}, {@code usort}). A name built from a literal prefix and
 * passed there ({@code add_action($hook, 'wp_ajax_' . $action)}) may call any function or method
 * with that prefix. Answers are cached per scanner (one file, one thread).
 */
final class CallableParams {
    private final Builtins builtins;
    private final Map<Object, List<String>> cache = new HashMap<>();

    CallableParams(Builtins builtins) {
        this.builtins = builtins;
    }

    /** The callable parameters' names (in order, null for the others) of a user function or method. */
    List<String> of(Symbols.Signature signature, String docComment, Object key) {
        return cache.computeIfAbsent(key, k -> {
            Docblock doc = docComment == null ? Docblock.EMPTY : Docblock.parse(docComment);
            List<String> out = new ArrayList<>();
            for (Symbols.Param p : signature.params()) {
                Docblock.Param tag = doc.param(p.name());
                boolean callable = isCallableHint(p.type()) || tag != null && isCallable(tag.type());
                out.add(callable ? p.name() : null);
            }
            return out;
        });
    }

    /** The callable parameters of a built-in function, from its newest signature. */
    List<String> of(BuiltinFunction f) {
        return cache.computeIfAbsent(f, k -> {
            List<String> out = new ArrayList<>();
            Signature s = f.variants().isEmpty() ? null : f.variants().get(f.variants().size() - 1);
            if (s != null) {
                for (argus.index.Param p : s.params()) {
                    boolean callable = p.type() != null && p.type().toLowerCase(Locale.ROOT).contains("callable");
                    out.add(callable ? p.name() : null);
                }
            }
            return out;
        });
    }

    /** The arguments given to callable parameters (by position, or by name). */
    static List<Expr> arguments(List<Part.Arg> args, List<String> params) {
        List<Expr> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            Part.Arg a = args.get(i);
            if (a.unpack()) {
                break;
            }
            String param = a.name() != null ? a.name().name() : i < params.size() ? params.get(i) : null;
            if (param != null && params.contains(param)) {
                out.add(a.value());
            }
        }
        return out;
    }

    private static boolean isCallableHint(TypeHint hint) {
        if (hint instanceof TypeHint.Named n) {
            String name = n.name().text().toLowerCase(Locale.ROOT);
            return name.equals("callable") || name.equals("closure");
        }
        if (hint instanceof TypeHint.Nullable n) {
            return isCallableHint(n.inner());
        }
        if (hint instanceof TypeHint.Union u) {
            return u.types().stream().anyMatch(CallableParams::isCallableHint);
        }
        return false;
    }

    private static boolean isCallable(Type t) {
        if (t instanceof Type.Union u) {
            return u.members().stream().anyMatch(CallableParams::isCallable);
        }
        return t instanceof Type.Callable || t instanceof Type.ClosureType
                || t instanceof Type.Intersection i && i.parts().stream().anyMatch(CallableParams::isCallable);
    }
}
