package argus.flow;

import argus.ast.Part;
import argus.index.Symbols;
import argus.types.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a call returns once the callee's templates are bound: the class's by the receiver's
 * type arguments, the function's own by the arguments. Also where inherited documentation
 * and the magic members of `@method` and `@property` are found.
 */
final class Invocations {
    private Invocations() {
    }

    /** The class templates of {@code declaring} as seen from {@code receiver}; the unbound ones as their bound. */
    static Map<String, Type> classBindings(TypeEnv env, Type receiver, String declaring) {
        Map<String, Type.TemplateParam> templates = env.classDocs(declaring).templates();
        if (templates.isEmpty()) {
            return Map.of();
        }
        Map<String, Type> out = new HashMap<>(Generics.bindings(env, receiver, declaring));
        templates.forEach((name, p) -> out.putIfAbsent(name, p.bound()));
        return out;
    }

    /**
     * {@code result} with the templates bound: the class's by {@code classBindings}, the
     * function's own by what the arguments say (`@param T $x` given an Order binds T to Order).
     */
    static Type instantiate(TypeEnv env, FnSig sig, Map<String, Type> classBindings, List<Part.Arg> args,
                            List<Type> argTypes, Type result) {
        if (sig.templates().isEmpty()) {
            return Generics.substitute(result, classBindings);
        }
        Map<String, Type> inferred = infer(env, sig, classBindings, sig.templates(), args, argTypes);
        Map<String, Type> all = new HashMap<>(classBindings);
        all.putAll(Generics.close(env, sig.templates(), inferred, false));
        return Generics.substitute(result, all);
    }

    /** What the arguments of a call say about the templates in {@code open}. */
    static Map<String, Type> infer(TypeEnv env, FnSig sig, Map<String, Type> classBindings,
                                   Map<String, Type.TemplateParam> open, List<Part.Arg> args, List<Type> argTypes) {
        Map<String, Type> inferred = new HashMap<>();
        for (int i = 0; i < args.size() && i < argTypes.size(); i++) {
            Part.Arg a = args.get(i);
            if (a.unpack()) {
                break;
            }
            FnSig.P p = sig.param(i, a.name() == null ? null : a.name().name());
            if (p != null) {
                Generics.infer(env, Generics.substitute(p.type(), classBindings), argTypes.get(i), open, inferred, 0);
            }
        }
        return inferred;
    }

    /**
     * `new Box($x)`: the class's templates inferred from the constructor's arguments, their
     * literals generalised (`new Box(5)` is a `Box<int>`); raw when nothing is inferred.
     */
    static Type newInstance(TypeEnv env, String cls, List<Part.Arg> args, List<Type> argTypes) {
        ClassDocs docs = env.classDocs(cls);
        String name = docs.templates().isEmpty() || docs.fqn().isEmpty() ? cls : docs.fqn();
        if (docs.templates().isEmpty()) {
            return new Type.Obj(name);
        }
        Symbols.Method ctor = env.index().findMethod(cls, "__construct");
        if (ctor == null || !ctor.declaringClass().equalsIgnoreCase(docs.fqn())) {
            return new Type.Obj(name);
        }
        FnSig sig = env.signature(ctor);
        Map<String, Type.TemplateParam> open = new LinkedHashMap<>(docs.templates());
        open.putAll(sig.templates());
        Map<String, Type> inferred = infer(env, sig, Map.of(), open, args, argTypes);
        if (docs.templates().keySet().stream().noneMatch(inferred::containsKey)) {
            return new Type.Obj(name);
        }
        Map<String, Type> closed = Generics.close(env, open, inferred, true);
        List<Type> typeArgs = new ArrayList<>();
        docs.templates().keySet().forEach(t -> typeArgs.add(closed.get(t)));
        return new Type.Obj(name, typeArgs);
    }

    /**
     * The method whose docblock tells what {@code m} returns: itself, or, when its docblock
     * says nothing, the nearest method it overrides that documents a return type (PHPStan and
     * Psalm inherit docblocks so); null when none does.
     */
    static Symbols.Method documented(TypeEnv env, Symbols.Method m) {
        if (env.signature(m).returnDocumented()) {
            return m;
        }
        for (String s : env.index().supertypes(m.declaringClass())) {
            if (s.equalsIgnoreCase(m.declaringClass())) {
                continue;
            }
            Symbols.Class c = env.index().clazz(s);
            Symbols.Method parent = c == null ? null : c.method(m.name());
            if (parent != null && env.signature(parent).returnDocumented()) {
                return parent;
            }
        }
        return null;
    }

    /** A class and its ancestors (parents, interfaces, their traits), nearest first, as declared names. */
    static List<String> lineage(TypeEnv env, String cls) {
        List<String> out = new ArrayList<>();
        for (String s : env.index().supertypes(cls)) {
            out.add(s);
            Symbols.Class c = env.index().clazz(s);
            if (c != null) {
                out.addAll(c.traits());
            }
        }
        return out;
    }

    /** The `@method` a class or one of its ancestors declares, and the class declaring it; null if none. */
    static Map.Entry<String, ClassDocs.MagicMethod> magicMethod(TypeEnv env, String cls, String method) {
        String lower = method.toLowerCase(Locale.ROOT);
        for (String c : lineage(env, cls)) {
            ClassDocs d = env.classDocs(c);
            ClassDocs.MagicMethod m = d.methods().get(lower);
            if (m != null) {
                return Map.entry(d.fqn(), m);
            }
        }
        return null;
    }

    /** The `@property` / `@property-read` type a class or an ancestor declares, and the class declaring it. */
    static Map.Entry<String, Type> magicProperty(TypeEnv env, String cls, String prop) {
        for (String c : lineage(env, cls)) {
            ClassDocs d = env.classDocs(c);
            Type t = d.properties().get(prop);
            if (t != null) {
                return Map.entry(d.fqn(), t);
            }
        }
        return null;
    }
}
