package argus.flow;

import argus.ast.Name;
import argus.index.NameContext;
import argus.types.Trilean;
import argus.types.Type;
import argus.types.TypeMap;
import argus.types.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Docblock types made usable by the flow: class names resolved against the namespace and
 * imports of the declaration, template names bound to their parameters, `self`/`static`/
 * `parent` to the class. A class no one declares (a typo, a class of a library not analysed)
 * reads as mixed: a guess at an unknown class would only produce false positives.
 */
final class DocTypes {
    private DocTypes() {
    }

    /** Where a docblock is read: the names in force, the class around it, the templates in scope. */
    record Context(NameContext names, String selfClass, Map<String, Type.TemplateParam> templates) {
    }

    static Type resolve(TypeEnv env, Type raw, Context cx) {
        if (raw == null) {
            return null;
        }
        return TypeMap.map(raw, t -> named(env, t, cx));
    }

    private static Type named(TypeEnv env, Type t, Context cx) {
        if (t instanceof Type.StaticType s) {
            if (s.bound() == null) {
                return cx.selfClass() == null ? Type.OBJECT : new Type.StaticType(cx.selfClass());
            }
            String cls = className(env, s.bound(), cx);
            return cls == null ? Type.OBJECT : new Type.StaticType(cls);
        }
        if (t instanceof Type.TemplateParam p) {
            Type.TemplateParam known = cx.templates().get(p.name());
            return known != null ? known : new Type.TemplateParam(p.name(), resolve(env, p.bound(), cx));
        }
        Type.Obj o = (Type.Obj) t;
        if (o.args().isEmpty()) {
            Type.TemplateParam template = cx.templates().get(o.name());
            if (template != null) {
                return template;
            }
        }
        String lower = o.name().toLowerCase(Locale.ROOT);
        if (lower.equals("self") || lower.equals("parent")) {
            String cls = lower.equals("self") ? cx.selfClass() : env.parentOf(cx.selfClass());
            return cls == null ? Type.OBJECT : new Type.Obj(cls, o.args());
        }
        String cls = className(env, o.name(), cx);
        return cls == null ? Type.MIXED : new Type.Obj(cls, o.args());
    }

    /** The declared spelling of a class named in a docblock, or null when no such class is known. */
    private static String className(TypeEnv env, String written, Context cx) {
        Name.Kind kind = written.startsWith("\\") ? Name.Kind.FULLY_QUALIFIED
                : written.indexOf('\\') >= 0 ? Name.Kind.QUALIFIED : Name.Kind.UNQUALIFIED;
        String text = kind == Name.Kind.FULLY_QUALIFIED ? written.substring(1) : written;
        if (text.isEmpty()) {
            return null;
        }
        String fqn = cx.names().resolveClass(text, kind);
        return env.canonicalClass(fqn);
    }

    /**
     * The declared type narrowed by a docblock type: the docblock where it says more
     * (`array` and `list<int>`), the declared type where they contradict. Null stays possible
     * where the declaration allows it: docblocks often forget it, the engine never does.
     */
    static Type refine(TypeEnv env, Type declared, Type doc) {
        if (doc == null || doc instanceof Type.Mixed) {
            return declared;
        }
        if (declared instanceof Type.Mixed) {
            return doc;
        }
        Trilean sub = Types.isSubtype(doc, declared, env);
        Type out;
        if (sub == Trilean.YES) {
            out = doc;
        } else if (sub == Trilean.NO) {
            return declared;
        } else {
            List<Type> kept = new ArrayList<>();
            for (Type m : doc instanceof Type.Union u ? u.members() : List.of(doc)) {
                Trilean s = Types.isSubtype(m, declared, env);
                if (s == Trilean.YES || m instanceof Type.TemplateParam) {
                    kept.add(m);
                } else if (s == Trilean.MAYBE) {
                    kept.add(Types.meet(m, declared));
                }
            }
            out = Types.joinAll(kept);
            if (out instanceof Type.Never) {
                return declared;
            }
        }
        if (Types.containsNull(declared) && !Types.isNullable(out)) {
            out = Types.nullable(out);
        }
        return out;
    }

    /**
     * An inline `@var` over what the flow inferred: the docblock wins (that is what it is
     * written for: `mixed` from a container, `Foo|null` known to be found) unless the two
     * cannot both hold, and then neither is trusted.
     */
    static Type override(TypeEnv env, Type inferred, Type doc) {
        if (doc == null) {
            return inferred;
        }
        if (inferred instanceof Type.Mixed || doc instanceof Type.Mixed) {
            return doc;
        }
        return Types.isSubtype(doc, inferred, env) == Trilean.NO ? Type.MIXED : doc;
    }

    /** Literal types of a value given to `new`, as their base types: `new Box(5)` is a Box<int>. */
    static Type generalize(Type t) {
        if (t instanceof Type.Union u) {
            List<Type> parts = new ArrayList<>();
            u.members().forEach(m -> parts.add(generalize(m)));
            return Types.joinAll(parts);
        }
        if (t instanceof Type.IntLit || t instanceof Type.IntRange) {
            return Type.INT;
        }
        if (t instanceof Type.StrLit || t instanceof Type.NonEmptyStr || t instanceof Type.NumericStr) {
            return Type.STRING;
        }
        if (t instanceof Type.True || t instanceof Type.False) {
            return Type.BOOL;
        }
        return t;
    }
}
