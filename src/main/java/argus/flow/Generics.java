package argus.flow;

import argus.types.Trilean;
import argus.types.Type;
import argus.types.TypeMap;
import argus.types.Types;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Templates at work: what a generic object's type arguments mean for the class that declares
 * a member (`Collection<Order>` seen from `Collection`, or from the base it `@extends`),
 * what a call's arguments say about a function's templates, and the substitution of both.
 */
final class Generics {
    /** Deep enough for any real hierarchy; a cycle of @extends tags stops here too. */
    private static final int MAX_DEPTH = 16;

    private Generics() {
    }

    /**
     * The types {@code target}'s templates stand for in a value of type {@code receiver}
     * (an object or static type); empty when the receiver is raw or does not reach target.
     */
    static Map<String, Type> bindings(TypeEnv env, Type receiver, String target) {
        ClassDocs targetDocs = env.classDocs(target);
        if (targetDocs.templates().isEmpty()) {
            return Map.of();
        }
        String cls;
        Map<String, Type> start;
        if (receiver instanceof Type.Obj o) {
            cls = o.name();
            start = positional(env.classDocs(cls), o.args());
        } else if (receiver instanceof Type.StaticType s && s.bound() != null) {
            // Inside the class itself its templates stand for themselves.
            cls = s.bound();
            start = new HashMap<>(env.classDocs(cls).templates());
        } else {
            return Map.of();
        }
        record Step(String cls, Map<String, Type> args, int depth) {
        }
        ArrayDeque<Step> todo = new ArrayDeque<>(List.of(new Step(cls, start, 0)));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Step s = todo.poll();
            if (s.cls().equalsIgnoreCase(target)) {
                return s.args();
            }
            if (s.depth() >= MAX_DEPTH || !seen.add(s.cls().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (Type.Obj sup : env.classDocs(s.cls()).supers()) {
                List<Type> args = sup.args().stream().map(a -> substitute(a, s.args())).toList();
                todo.add(new Step(sup.name(), positional(env.classDocs(sup.name()), args), s.depth() + 1));
            }
        }
        return Map.of();
    }

    /** Type arguments given in order; PHP's iterators also take a lone value type (`Iterator<Foo>`). Missing ones are their bound. */
    private static Map<String, Type> positional(ClassDocs docs, List<Type> args) {
        Map<String, Type> out = new HashMap<>();
        List<String> names = List.copyOf(docs.templates().keySet());
        if (args.size() == 1 && names.size() >= 2 && docs.isBuiltinIterator()) {
            out.put(names.get(1), args.get(0));
            docs.templates().forEach((name, p) -> out.putIfAbsent(name, p.bound()));
            return out;
        }
        for (int i = 0; i < names.size() && i < args.size(); i++) {
            out.put(names.get(i), args.get(i));
        }
        // A raw type (`Iterator`, `Collection`) leaves its templates at their bounds.
        docs.templates().forEach((name, p) -> out.putIfAbsent(name, p.bound()));
        return out;
    }

    /**
     * Replaces template parameters by their bindings, at once (a binding may itself name a
     * template of the caller, which must stay). Parameters named in {@code unboundToBound}
     * but not bound become their bound.
     */
    static Type substitute(Type t, Map<String, Type> bindings) {
        if (bindings.isEmpty()) {
            return t;
        }
        return TypeMap.map(t, x -> {
            if (x instanceof Type.TemplateParam p) {
                Type b = bindings.get(p.name());
                return b != null ? b : p;
            }
            return x;
        });
    }

    /**
     * What an argument of type {@code arg} passed to a parameter of type {@code param} says
     * about the templates named in {@code open}; joined into {@code out}.
     */
    static void infer(TypeEnv env, Type param, Type arg, Map<String, Type.TemplateParam> open, Map<String, Type> out,
                      int depth) {
        if (depth > MAX_DEPTH || arg instanceof Type.Never) {
            return;
        }
        if (param instanceof Type.TemplateParam p && open.containsKey(p.name())) {
            out.merge(p.name(), arg, Types::join);
            return;
        }
        if (param instanceof Type.Union u) {
            inferUnion(env, u, arg, open, out, depth);
            return;
        }
        if (arg instanceof Type.Union a) {
            for (Type m : a.members()) {
                infer(env, param, m, open, out, depth + 1);
            }
            return;
        }
        if (param instanceof Type.ArrayOf pa) {
            if (Types.leq(arg, Operators.ANY_ARRAY)) {
                infer(env, pa.key(), Arrays.keyOf(arg), open, out, depth + 1);
                infer(env, pa.value(), Arrays.element(arg, null), open, out, depth + 1);
            }
            return;
        }
        if (param instanceof Type.ClassString pc && arg instanceof Type.ClassString ac) {
            infer(env, pc.of(), ac.of(), open, out, depth + 1);
            return;
        }
        if (param instanceof Type.Obj po && !po.args().isEmpty() && (arg instanceof Type.Obj || arg instanceof Type.StaticType)) {
            Map<String, Type> seen = bindings(env, arg, po.name());
            List<String> names = List.copyOf(env.classDocs(po.name()).templates().keySet());
            for (int i = 0; i < po.args().size() && i < names.size(); i++) {
                Type a = seen.get(names.get(i));
                if (a != null) {
                    infer(env, po.args().get(i), a, open, out, depth + 1);
                }
            }
            return;
        }
        if ((param instanceof Type.ClosureType || param instanceof Type.Callable) && arg instanceof Type.ClosureType ac) {
            Type.Sig ps = param instanceof Type.ClosureType pc ? pc.sig() : ((Type.Callable) param).sig();
            if (ps != null) {
                infer(env, ps.returns(), ac.sig().returns(), open, out, depth + 1);
            }
        }
    }

    /**
     * `T|null` given `?Foo` binds T to Foo: each part of the argument goes to the parameter's
     * part it fits; what fits no concrete part binds the bare template.
     */
    private static void inferUnion(TypeEnv env, Type.Union param, Type arg, Map<String, Type.TemplateParam> open,
                                   Map<String, Type> out, int depth) {
        Type.TemplateParam bare = null;
        for (Type m : param.members()) {
            if (m instanceof Type.TemplateParam p && open.containsKey(p.name())) {
                bare = p;
            }
        }
        for (Type a : arg instanceof Type.Union u ? u.members() : List.of(arg)) {
            boolean placed = false;
            for (Type m : param.members()) {
                if (m == bare) {
                    continue;
                }
                boolean generic = TypeMap.any(m, x -> x instanceof Type.TemplateParam p && open.containsKey(p.name()));
                if (!generic && Types.isSubtype(a, m, env) == Trilean.YES) {
                    placed = true;
                    break;
                }
                if (generic && sameKind(a, m)) {
                    infer(env, m, a, open, out, depth + 1);
                    placed = true;
                    break;
                }
            }
            if (!placed && bare != null) {
                out.merge(bare.name(), a, Types::join);
            }
        }
    }

    private static boolean sameKind(Type a, Type m) {
        boolean arrayA = Types.leq(a, Operators.ANY_ARRAY) && !(a instanceof Type.Never);
        boolean arrayM = m instanceof Type.ArrayOf || m instanceof Type.Shape;
        if (arrayA || arrayM) {
            return arrayA && arrayM;
        }
        if (m instanceof Type.ClassString) {
            return a instanceof Type.ClassString;
        }
        return (m instanceof Type.Obj) && (a instanceof Type.Obj || a instanceof Type.StaticType);
    }

    /**
     * The final bindings of a call: what the arguments said, within each template's bound
     * (a contradiction falls back to the bound), never `never` (an empty array tells nothing).
     */
    static Map<String, Type> close(TypeEnv env, Map<String, Type.TemplateParam> open, Map<String, Type> inferred,
                                   boolean generalize) {
        Map<String, Type> out = new HashMap<>();
        for (Map.Entry<String, Type.TemplateParam> e : open.entrySet()) {
            Type t = inferred.get(e.getKey());
            Type bound = e.getValue().bound();
            if (t == null || t instanceof Type.Never) {
                out.put(e.getKey(), bound);
                continue;
            }
            if (generalize) {
                t = DocTypes.generalize(t);
            }
            if (!(bound instanceof Type.Mixed) && Types.isSubtype(t, bound, env) == Trilean.NO) {
                t = bound;
            }
            out.put(e.getKey(), t);
        }
        return out;
    }
}
