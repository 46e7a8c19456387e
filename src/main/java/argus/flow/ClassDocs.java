package argus.flow;

import argus.index.NameContext;
import argus.index.Symbols;
import argus.types.Docblock;
import argus.types.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a class's docblock says, resolved once per class: its templates, the type arguments
 * it gives its parent, interfaces and traits (`@extends Base<Order>`), and the magic members
 * `@property` and `@method` declare. Supertypes without such a tag are listed raw, so that
 * a walk up the hierarchy sees every ancestor.
 *
 * @param templates in declaration order (type arguments are positional)
 * @param supers parent, interfaces and traits, with the arguments the docblock gives them
 * @param properties readable `@property` / `@property-read` types, by name
 * @param methods `@method` declarations by lower-case name
 */
record ClassDocs(String fqn, Map<String, Type.TemplateParam> templates, List<Type.Obj> supers,
                 Map<String, Type> properties, Map<String, MagicMethod> methods) {

    record MagicMethod(boolean isStatic, Type returns, List<FnSig.P> params) {
    }

    static final ClassDocs NONE = new ClassDocs("", Map.of(), List.of(), Map.of(), Map.of());

    /**
     * PHP's own generic interfaces and classes, as PHPStan's stubs declare them: only their
     * key and value types matter here, and they all reach Traversable with the same two.
     */
    private static final Map<String, List<String>> BUILTIN = Map.of(
            "traversable", List.of("TKey", "TValue"),
            "iterator", List.of("TKey", "TValue"),
            "iteratoraggregate", List.of("TKey", "TValue"),
            "generator", List.of("TKey", "TValue", "TSend", "TReturn"),
            "arrayiterator", List.of("TKey", "TValue"),
            "arrayobject", List.of("TKey", "TValue"),
            "seekableiterator", List.of("TKey", "TValue"),
            "weakmap", List.of("TKey", "TValue"),
            "iteratoriterator", List.of("TKey", "TValue"),
            "outeriterator", List.of("TKey", "TValue"));

    static ClassDocs read(TypeEnv env, String fqn) {
        Symbols.Class c = env.index().clazz(fqn);
        if (c == null) {
            return builtin(env, fqn);
        }
        Docblock doc = env.docblock(c.origin().docComment());
        NameContext names = c.origin().names();
        Map<String, Type.TemplateParam> templates = new LinkedHashMap<>();
        for (Docblock.Template t : doc.templates()) {
            Type bound = DocTypes.resolve(env, t.bound(), new DocTypes.Context(names, c.fqn(), templates));
            templates.put(t.name(), new Type.TemplateParam(t.name(), bound == null ? Type.MIXED : bound));
        }
        DocTypes.Context cx = new DocTypes.Context(names, c.fqn(), templates);
        List<Type.Obj> supers = new ArrayList<>();
        List<Type> documented = new ArrayList<>(doc.extendsTypes());
        documented.addAll(doc.implementsTypes());
        documented.addAll(doc.usesTypes());
        for (Type t : documented) {
            if (DocTypes.resolve(env, t, cx) instanceof Type.Obj o) {
                supers.add(o);
            }
        }
        List<String> declared = new ArrayList<>();
        if (c.parent() != null) {
            declared.add(c.parent());
        }
        declared.addAll(c.interfaces());
        declared.addAll(c.traits());
        for (String d : declared) {
            if (supers.stream().noneMatch(s -> s.name().equalsIgnoreCase(d))) {
                supers.add(new Type.Obj(d));
            }
        }
        Map<String, Type> properties = new LinkedHashMap<>();
        for (Docblock.Property p : doc.properties()) {
            if (p.access() != Docblock.Access.WRITE_ONLY) {
                Type t = DocTypes.resolve(env, p.type(), cx);
                properties.put(p.name(), t == null ? Type.MIXED : t);
            }
        }
        Map<String, MagicMethod> methods = new LinkedHashMap<>();
        for (Docblock.Method m : doc.methods()) {
            Type r = m.returnType() == null ? Type.MIXED : DocTypes.resolve(env, m.returnType(), cx);
            List<FnSig.P> params = new ArrayList<>();
            for (Docblock.MethodParam p : m.params()) {
                Type pt = p.type() == null ? Type.MIXED : DocTypes.resolve(env, p.type(), cx);
                params.add(new FnSig.P(p.name(), pt, p.byRef(), p.variadic(), p.optional()));
            }
            methods.put(m.name().toLowerCase(Locale.ROOT), new MagicMethod(m.isStatic(), r, List.copyOf(params)));
        }
        return new ClassDocs(c.fqn(), templates, List.copyOf(supers), properties, methods);
    }

    private static ClassDocs builtin(TypeEnv env, String fqn) {
        List<String> names = BUILTIN.get(fqn.toLowerCase(Locale.ROOT));
        if (names == null) {
            return NONE;
        }
        Map<String, Type.TemplateParam> templates = new LinkedHashMap<>();
        names.forEach(n -> templates.put(n, new Type.TemplateParam(n, Type.MIXED)));
        List<Type.Obj> supers = fqn.equalsIgnoreCase("Traversable") ? List.of()
                : List.of(new Type.Obj("Traversable", List.of(templates.get("TKey"), templates.get("TValue"))));
        return new ClassDocs(fqn, templates, supers, Map.of(), Map.of());
    }

    boolean isBuiltinIterator() {
        return BUILTIN.containsKey(fqn.toLowerCase(Locale.ROOT));
    }
}
