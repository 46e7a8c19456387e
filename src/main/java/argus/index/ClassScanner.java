package argus.index;

import argus.ast.Expr;
import argus.ast.Member;
import argus.ast.Modifiers;
import argus.ast.Name;
import argus.ast.Part;
import argus.ast.Stmt;
import argus.ast.TypeHint;
import argus.index.Symbols.ClassConst;
import argus.index.Symbols.EnumCase;
import argus.index.Symbols.Method;
import argus.index.Symbols.Origin;
import argus.index.Symbols.Param;
import argus.index.Symbols.Property;
import argus.index.Symbols.Signature;
import argus.source.Span;
import argus.types.Docblock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One class, interface, trait or enum declaration as a {@link Symbols.Class}. */
final class ClassScanner {
    private static final Span NOWHERE = Span.NONE;

    private final String file;
    private final NameContext names;
    private final BodyFacts facts;
    private final Map<String, Method> methods = new LinkedHashMap<>();
    private final Map<String, Property> properties = new LinkedHashMap<>();
    private final Map<String, ClassConst> constants = new LinkedHashMap<>();
    private final Map<String, EnumCase> cases = new LinkedHashMap<>();
    private final List<String> traits = new ArrayList<>();
    private final List<Part> traitRules = new ArrayList<>();

    ClassScanner(String file, NameContext names, BodyFacts facts) {
        this.file = file;
        this.names = names;
        this.facts = facts;
    }

    Symbols.Class scan(Stmt.ClassLike c, boolean nested) {
        String fqn = names.declared(c.name().name());
        for (Member m : c.members()) {
            member(m, c, fqn);
        }
        List<String> interfaces = new ArrayList<>(c.interfaces().stream().map(names::resolveClass).toList());
        if (c.kind() == Stmt.ClassKind.ENUM) {
            enumMembers(c, fqn, interfaces);
        }
        Origin origin = new Origin(file, c.span(), c.docComment(), names);
        Symbols.ClassFlags flags = new Symbols.ClassFlags(Deprecation.of(c.docComment(), c.attributes(), names),
                Deprecation.hasAttribute(c.attributes(), names, "AllowDynamicProperties"), assignedOnThis(c));
        DocMembers doc = DocMembers.of(c.docComment(), fqn, origin);
        return new Symbols.Class(fqn, c.kind(), c.modifiers(), c.parent() == null ? null : names.resolveClass(c.parent()),
                interfaces, traits, traitRules, methods, properties, constants, cases, c.enumBackingType(), origin, nested,
                flags, doc.methods, doc.properties, doc.mixins);
    }

    private void member(Member m, Stmt.ClassLike c, String fqn) {
        if (m instanceof Member.Method method) {
            Signature sig = new Signature(DeclarationScanner.params(method.params()), method.returnType(), method.byRef());
            Modifiers mods = c.kind() == Stmt.ClassKind.INTERFACE ? method.modifiers().with(Modifiers.ABSTRACT)
                    : method.modifiers();
            methods.putIfAbsent(method.name().name().toLowerCase(Locale.ROOT), new Method(method.name().name(), fqn,
                    mods, sig, new Origin(file, method.span(), method.docComment(), names), method.body() != null,
                    Deprecation.of(method.docComment(), method.attributes(), names), facts.dynamicArgs(method), null));
            if (method.name().name().equalsIgnoreCase("__construct")) {
                promoted(method, fqn);
            }
        } else if (m instanceof Member.Property p) {
            for (Part.PropertyItem item : p.items()) {
                properties.putIfAbsent(item.name().name(), new Property(item.name().name(), fqn, p.modifiers(), p.type(),
                        item.defaultValue(), new Origin(file, item.span(), p.docComment(), names), false,
                        !p.hooks().isEmpty(), null));
            }
        } else if (m instanceof Member.ClassConst k) {
            boolean deprecated = Deprecation.of(k.docComment(), k.attributes(), names);
            for (Part.ConstItem item : k.items()) {
                constants.putIfAbsent(item.name().name(), new ClassConst(item.name().name(), fqn, k.modifiers(), k.type(),
                        item.value(), new Origin(file, item.span(), k.docComment(), names), deprecated));
            }
        } else if (m instanceof Member.EnumCase e) {
            cases.putIfAbsent(e.name().name(), new EnumCase(e.name().name(), e.value(),
                    new Origin(file, e.span(), e.docComment(), names)));
        } else if (m instanceof Member.TraitUse use) {
            use.traits().forEach(t -> traits.add(names.resolveClass(t)));
            traitRules.addAll(use.rules());
        }
    }

    /** Names of `$this->name` assignment targets in the class's methods. */
    private static java.util.Set<String> assignedOnThis(Stmt.ClassLike c) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        argus.ast.AstScanner finder = new argus.ast.AstScanner() {
            @Override
            public Void visitAssign(Expr.Assign n) {
                target(n.target());
                return super.visitAssign(n);
            }

            @Override
            public Void visitAssignRef(Expr.AssignRef n) {
                target(n.target());
                return super.visitAssignRef(n);
            }

            @Override
            public Void visitCompoundAssign(Expr.CompoundAssign n) {
                target(n.target());
                return super.visitCompoundAssign(n);
            }

            private void target(Expr t) {
                Expr e = t;
                while (e instanceof Expr.Index i) {
                    e = i.base();
                }
                if (e instanceof Expr.PropertyFetch p && p.object() instanceof Expr.Variable v && v.name().equals("this")
                        && p.name() instanceof argus.ast.Identifier id) {
                    out.add(id.name());
                }
            }
        };
        for (Member m : c.members()) {
            if (m instanceof Member.Method method && method.body() != null) {
                finder.scan(method.body());
            }
        }
        return out;
    }

    /** Constructor parameters with a visibility or readonly are properties too. */
    private void promoted(Member.Method ctor, String fqn) {
        for (Part.Param p : ctor.params()) {
            if (!p.modifiers().isEmpty()) {
                properties.putIfAbsent(p.name().name(), new Property(p.name().name(), fqn, p.modifiers(), p.type(), null,
                        new Origin(file, p.span(), ctor.docComment(), names), true, !p.hooks().isEmpty(), null));
            }
        }
    }

    /**
     * What PHP gives every enum: the UnitEnum interface and cases(); a backed enum also
     * BackedEnum, from() and tryFrom(). Declared here so that lookups need no special case.
     */
    private void enumMembers(Stmt.ClassLike c, String fqn, List<String> interfaces) {
        boolean backed = c.enumBackingType() != null;
        interfaces.add(backed ? "BackedEnum" : "UnitEnum");
        Origin origin = new Origin(file, c.span(), null, names);
        Modifiers publicStatic = new Modifiers(Modifiers.PUBLIC | Modifiers.STATIC);
        implicit(new Method("cases", fqn, publicStatic, new Signature(List.of(), named("array"), false), origin,
                true, false, false, null));
        if (backed) {
            List<Param> value = List.of(new Param("value", c.enumBackingType(), false, false, null, Modifiers.NONE));
            implicit(new Method("from", fqn, publicStatic, new Signature(value, named("static"), false), origin,
                    true, false, false, null));
            implicit(new Method("tryFrom", fqn, publicStatic,
                    new Signature(value, new TypeHint.Nullable(NOWHERE, named("static")), false), origin,
                    true, false, false, null));
        }
    }

    private void implicit(Method m) {
        methods.putIfAbsent(m.name().toLowerCase(Locale.ROOT), m);
    }

    private static TypeHint named(String keyword) {
        return new TypeHint.Named(NOWHERE, Name.parse(NOWHERE, keyword));
    }

    /** The members a class docblock declares: `@method`, `@property[-read|-write]`, `@mixin`. */
    private static final class DocMembers {
        private static final DocMembers NONE = new DocMembers();
        final Map<String, Method> methods = new LinkedHashMap<>();
        final Map<String, Property> properties = new LinkedHashMap<>();
        final List<String> mixins = new ArrayList<>();

        static DocMembers of(String docComment, String fqn, Origin origin) {
            if (docComment == null || !(docComment.contains("@method") || docComment.contains("@property")
                    || docComment.contains("-method") || docComment.contains("-property")
                    || docComment.contains("@mixin"))) {
                return NONE;
            }
            Docblock doc = Docblock.parse(docComment);
            DocMembers out = new DocMembers();
            for (Docblock.Method m : doc.methods()) {
                List<Param> params = new ArrayList<>();
                for (Docblock.MethodParam p : m.params()) {
                    Expr dflt = p.optional() && !p.variadic() ? new Expr.NullLit(NOWHERE) : null;
                    params.add(new Param(p.name(), null, p.byRef(), p.variadic(), dflt, Modifiers.NONE));
                }
                Modifiers mods = new Modifiers(Modifiers.PUBLIC | (m.isStatic() ? Modifiers.STATIC : 0));
                out.methods.putIfAbsent(m.name().toLowerCase(Locale.ROOT), new Method(m.name(), fqn, mods,
                        new Signature(params, null, false), origin, true, false, false, m));
            }
            for (Docblock.Property p : doc.properties()) {
                out.properties.putIfAbsent(p.name(), new Property(p.name(), fqn, new Modifiers(Modifiers.PUBLIC), null,
                        null, origin, false, false, p));
            }
            for (Docblock.Tag t : doc.tags()) {
                if (t.name().equalsIgnoreCase("mixin") || t.name().endsWith("-mixin")) {
                    String written = t.text().split("[\\s<]", 2)[0];
                    if (!written.isEmpty()) {
                        out.mixins.add(origin.names().resolveClass(Name.parse(NOWHERE, written)));
                    }
                }
            }
            return out;
        }
    }
}
