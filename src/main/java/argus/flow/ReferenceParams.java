package argus.flow;

import argus.ast.Expr;
import argus.ast.Identifier;
import argus.ast.Name;
import argus.ast.Part;
import argus.index.BuiltinClass;
import argus.index.BuiltinFunction;
import argus.index.Signature;
import argus.index.Symbols;
import java.util.List;

/**
 * Which call arguments the callee may take by reference, from the declarations the project and
 * PHP's built-ins give: `preg_match($re, $s, $m)` binds `$m`, `$stmt->bind_param('s', $v)` keeps
 * a reference to `$v` that a later `execute()` reads. A callee nobody can name (a method on a
 * value of unknown class, a function declared nowhere) may take anything by reference.
 */
public final class ReferenceParams implements VariableUses.ReferenceArgs {
    private final TypeEnv env;
    private final argus.index.NameContext names;
    private final String selfClass;

    /** @param selfClass the class around the call (for `$this->m()`, `self::m()`), or null */
    public ReferenceParams(TypeEnv env, argus.index.NameContext names, String selfClass) {
        this.env = env;
        this.names = names;
        this.selfClass = selfClass;
    }

    @Override
    public boolean mayTakeReference(Expr call, int index, Part.Arg arg) {
        if (arg.unpack()) {
            return true;
        }
        if (call instanceof Expr.FuncCall f && f.callee() instanceof Name name) {
            Symbols.Function user = env.userFunction(name, names);
            if (user != null) {
                return userParam(user.signature(), index, arg);
            }
            BuiltinFunction builtin = env.builtinFunction(name, names);
            return builtin == null || builtinParam(builtin.variants(), index, arg);
        }
        String cls = null;
        String method = null;
        if (call instanceof Expr.MethodCall m && m.object() instanceof Expr.Variable v && v.name().equals("this")
                && m.name() instanceof Identifier id) {
            cls = selfClass;
            method = id.name();
        } else if (call instanceof Expr.StaticCall s && s.cls() instanceof Name n && s.name() instanceof Identifier id) {
            String resolved = names.resolveClass(n);
            cls = switch (resolved) {
                case "self", "static" -> selfClass;
                case "parent" -> selfClass == null ? null : env.parentOf(selfClass);
                default -> resolved;
            };
            method = id.name();
        } else if (call instanceof Expr.New n && n.cls() instanceof Name name) {
            String resolved = names.resolveClass(name);
            cls = resolved.equals("self") || resolved.equals("static") ? selfClass : resolved;
            method = "__construct";
        }
        if (cls == null) {
            return true;
        }
        Symbols.Method user = env.index().findMethod(cls, method);
        if (user != null) {
            return userParam(user.signature(), index, arg);
        }
        BuiltinClass.Member<BuiltinClass.MethodVariant> builtin = env.builtins().method(cls, method);
        if (builtin == null) {
            // A constructor nobody declares takes no arguments at all.
            return !method.equals("__construct") || env.index().clazz(cls) == null;
        }
        return builtinMethodParam(builtin.variants(), index, arg);
    }

    private static boolean userParam(Symbols.Signature sig, int index, Part.Arg arg) {
        List<Symbols.Param> params = sig.params();
        if (arg.name() != null) {
            for (Symbols.Param p : params) {
                if (p.name().equals(arg.name().name())) {
                    return p.byRef();
                }
            }
            return false;
        }
        if (index < params.size()) {
            return params.get(index).byRef();
        }
        return !params.isEmpty() && params.get(params.size() - 1).variadic() && params.get(params.size() - 1).byRef();
    }

    private static boolean builtinParam(List<Signature> variants, int index, Part.Arg arg) {
        for (Signature s : variants) {
            if (byRef(s.params(), index, arg)) {
                return true;
            }
        }
        return false;
    }

    private static boolean builtinMethodParam(List<BuiltinClass.MethodVariant> variants, int index, Part.Arg arg) {
        for (BuiltinClass.MethodVariant v : variants) {
            if (byRef(v.signature().params(), index, arg)) {
                return true;
            }
        }
        return false;
    }

    private static boolean byRef(List<argus.index.Param> params, int index, Part.Arg arg) {
        if (arg.name() != null) {
            for (argus.index.Param p : params) {
                if (p.name().equals(arg.name().name())) {
                    return p.byRef() || p.preferRef();
                }
            }
            return false;
        }
        if (index < params.size()) {
            argus.index.Param p = params.get(index);
            return p.byRef() || p.preferRef();
        }
        if (params.isEmpty()) {
            return false;
        }
        argus.index.Param last = params.get(params.size() - 1);
        return last.variadic() && (last.byRef() || last.preferRef());
    }
}
