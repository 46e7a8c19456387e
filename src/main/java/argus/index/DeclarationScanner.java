package argus.index;

import argus.ast.Expr;
import argus.ast.Member;
import argus.ast.Modifiers;
import argus.ast.Name;
import argus.ast.ParseResult;
import argus.ast.Part;
import argus.ast.Stmt;
import argus.index.Symbols.ClassConst;
import argus.index.Symbols.EnumCase;
import argus.index.Symbols.Method;
import argus.index.Symbols.Origin;
import argus.index.Symbols.Param;
import argus.index.Symbols.Property;
import argus.index.Symbols.Signature;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Phase 1 of the analysis for one file: the declarations it makes, with names resolved
 * against its namespaces and imports. Reads no other file. Declarations inside blocks (the
 * `if (!function_exists('x')) { function x() ... }` of polyfills, functions declared in
 * functions) count too: PHP declares them when that code runs, and any of them may run.
 */
public final class DeclarationScanner {
    private final String file;
    private final List<Symbols.Class> classes = new ArrayList<>();
    private final List<Symbols.Function> functions = new ArrayList<>();
    private final List<Symbols.Constant> constants = new ArrayList<>();
    /** Variables assigned a literal list of strings, and the loop variables running over one (file-wide, by name). */
    private final Map<String, List<String>> literalLists = new HashMap<>();
    private final Map<String, List<String>> loopNames = new HashMap<>();

    private DeclarationScanner(String file) {
        this.file = file;
    }

    public static Symbols.FileSymbols scan(ParseResult parsed) {
        DeclarationScanner s = new DeclarationScanner(parsed.source().path());
        s.scope(parsed.statements(), "");
        return new Symbols.FileSymbols(s.file, s.classes, s.functions, s.constants);
    }

    /** The statements of one namespace (or of a file without namespaces). */
    private void scope(List<Stmt> statements, String namespace) {
        NameContext names = namesOf(statements, namespace);
        for (Stmt s : statements) {
            if (s instanceof Stmt.Namespace ns) {
                scope(ns.body(), ns.name() == null ? "" : ns.name().text());
            } else {
                statement(s, names, false);
            }
        }
    }

    /** Imports of a namespace block; PHP allows them only at its top level. */
    public static NameContext namesOf(List<Stmt> statements, String namespace) {
        Map<String, String> classUses = new HashMap<>();
        Map<String, String> functionUses = new HashMap<>();
        Map<String, String> constUses = new HashMap<>();
        for (Stmt s : statements) {
            if (s instanceof Stmt.Use use) {
                for (Part.UseItem item : use.items()) {
                    String target = item.name().text();
                    String alias = item.alias() != null ? item.alias().name() : item.name().last();
                    switch (item.kind()) {
                        case FUNCTION -> functionUses.put(alias.toLowerCase(Locale.ROOT), target);
                        case CONST -> constUses.put(alias, target);
                        default -> classUses.put(alias.toLowerCase(Locale.ROOT), target);
                    }
                }
            }
        }
        return new NameContext(namespace, classUses, functionUses, constUses);
    }

    private void statement(Stmt s, NameContext names, boolean nested) {
        if (s instanceof Stmt.FunctionDecl f) {
            functions.add(new Symbols.Function(names.declared(f.name().name()),
                    new Signature(params(f.params()), f.returnType(), f.byRef()),
                    new Origin(file, f.span(), f.docComment(), names), nested));
            body(f.body(), names);
        } else if (s instanceof Stmt.ClassLike c && c.name() != null) {
            classes.add(classSymbol(c, names, nested));
            for (Member m : c.members()) {
                // A define() in a method declares a global constant when the method runs.
                if (m instanceof Member.Method method && method.body() != null) {
                    body(method.body(), names);
                }
            }
        } else if (s instanceof Stmt.Const c) {
            for (Part.ConstItem item : c.items()) {
                constants.add(new Symbols.Constant(names.declared(item.name().name()), item.value(),
                        new Origin(file, item.span(), c.docComment(), names), false));
            }
        } else if (s instanceof Stmt.ExprStmt e) {
            define(e.expr(), names);
        } else {
            nestedBodies(s, names);
        }
    }

    /** `define('NAME', value)`: the name is global as written, whatever the namespace. */
    private void define(Expr e, NameContext names) {
        if (e instanceof Expr.Assign a && a.target() instanceof Expr.Variable v && stringList(a.value()) != null) {
            literalLists.put(v.name(), stringList(a.value()));
            return;
        }
        // `foreach (['T_FN', 'T_MATCH'] as $name) { define($name, ...); }`: the names of a
        // literal list are declared as surely as literal ones (token polyfills do this).
        if (e instanceof Expr.FuncCall call && call.callee() instanceof Name n && n.is("define") && call.args().size() >= 2
                && call.args().get(0).value() instanceof Expr.Variable v && loopNames.containsKey(v.name())) {
            for (String name : loopNames.get(v.name())) {
                constants.add(new Symbols.Constant(name, call.args().get(1).value(),
                        new Origin(file, call.span(), null, names), true));
            }
            return;
        }
        // `defined('X') || define('X', 1);` defines X as surely as a guarded statement does.
        if (e instanceof Expr.Binary b && (b.op() == Expr.BinaryOp.BOOL_OR || b.op() == Expr.BinaryOp.LOGICAL_OR
                || b.op() == Expr.BinaryOp.BOOL_AND || b.op() == Expr.BinaryOp.LOGICAL_AND)) {
            define(b.right(), names);
            return;
        }
        if (e instanceof Expr.FuncCall call && call.callee() instanceof Name n && n.is("define")
                && call.args().size() >= 2 && call.args().get(0).value() instanceof Expr.StringLit name) {
            String fqn = name.value().startsWith("\\") ? name.value().substring(1) : name.value();
            constants.add(new Symbols.Constant(fqn, call.args().get(1).value(),
                    new Origin(file, call.span(), null, names), true));
        }
    }

    /** The strings of a literal array of strings (`['A', 'B']`), or of a variable assigned one; else null. */
    private List<String> stringList(Expr e) {
        if (e instanceof Expr.Variable v) {
            return literalLists.get(v.name());
        }
        if (!(e instanceof Expr.ArrayLit a) || a.items().isEmpty()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Part.ArrayItem item : a.items()) {
            if (item.key() != null || item.unpack() || !(item.value() instanceof Expr.StringLit str)) {
                return null;
            }
            out.add(str.value());
        }
        return out;
    }

    private void nestedBodies(Stmt s, NameContext names) {
        if (s instanceof Stmt.If i) {
            body(i.then(), names);
            i.elseIfs().forEach(e -> body(e.body(), names));
            body(i.otherwise(), names);
        } else if (s instanceof Stmt.Block b) {
            body(b.body(), names);
        } else if (s instanceof Stmt.Try t) {
            body(t.body(), names);
            t.catches().forEach(c -> body(c.body(), names));
            body(t.finallyBody(), names);
        } else if (s instanceof Stmt.Declare d) {
            body(d.body(), names);
        } else if (s instanceof Stmt.While w) {
            body(w.body(), names);
        } else if (s instanceof Stmt.Foreach f) {
            List<String> list = stringList(f.subject());
            boolean bound = list != null && f.value() instanceof Expr.Variable v && loopNames.putIfAbsent(v.name(), list) == null;
            body(f.body(), names);
            if (bound) {
                loopNames.remove(((Expr.Variable) f.value()).name());
            }
        } else if (s instanceof Stmt.Switch sw) {
            sw.cases().forEach(c -> body(c.body(), names));
        }
    }

    private void body(List<Stmt> statements, NameContext names) {
        if (statements != null) {
            for (Stmt s : statements) {
                statement(s, names, true);
            }
        }
    }

    private List<Param> params(List<Part.Param> params) {
        List<Param> out = new ArrayList<>(params.size());
        for (Part.Param p : params) {
            out.add(new Param(p.name().name(), p.type(), p.byRef(), p.variadic(), p.defaultValue(), p.modifiers()));
        }
        return out;
    }

    private Symbols.Class classSymbol(Stmt.ClassLike c, NameContext names, boolean nested) {
        String fqn = names.declared(c.name().name());
        Map<String, Method> methods = new LinkedHashMap<>();
        Map<String, Property> properties = new LinkedHashMap<>();
        Map<String, ClassConst> constants = new LinkedHashMap<>();
        Map<String, EnumCase> cases = new LinkedHashMap<>();
        List<String> traits = new ArrayList<>();
        List<Part> traitRules = new ArrayList<>();
        for (Member m : c.members()) {
            if (m instanceof Member.Method method) {
                Signature sig = new Signature(params(method.params()), method.returnType(), method.byRef());
                Modifiers mods = c.kind() == Stmt.ClassKind.INTERFACE ? method.modifiers().with(Modifiers.ABSTRACT) : method.modifiers();
                methods.putIfAbsent(method.name().name().toLowerCase(Locale.ROOT), new Method(method.name().name(), fqn,
                        mods, sig, new Origin(file, method.span(), method.docComment(), names), method.body() != null));
                if (method.name().name().equalsIgnoreCase("__construct")) {
                    promoted(method, fqn, names, properties);
                }
            } else if (m instanceof Member.Property p) {
                for (Part.PropertyItem item : p.items()) {
                    properties.putIfAbsent(item.name().name(), new Property(item.name().name(), fqn, p.modifiers(), p.type(),
                            item.defaultValue(), new Origin(file, item.span(), p.docComment(), names), false,
                            !p.hooks().isEmpty()));
                }
            } else if (m instanceof Member.ClassConst k) {
                for (Part.ConstItem item : k.items()) {
                    constants.putIfAbsent(item.name().name(), new ClassConst(item.name().name(), fqn, k.modifiers(), k.type(),
                            item.value(), new Origin(file, item.span(), k.docComment(), names)));
                }
            } else if (m instanceof Member.EnumCase e) {
                cases.putIfAbsent(e.name().name(), new EnumCase(e.name().name(), e.value(),
                        new Origin(file, e.span(), e.docComment(), names)));
            } else if (m instanceof Member.TraitUse use) {
                use.traits().forEach(t -> traits.add(names.resolveClass(t)));
                traitRules.addAll(use.rules());
            }
        }
        List<String> interfaces = c.interfaces().stream().map(names::resolveClass).toList();
        return new Symbols.Class(fqn, c.kind(), c.modifiers(), c.parent() == null ? null : names.resolveClass(c.parent()),
                interfaces, traits, traitRules, methods, properties, constants, cases, c.enumBackingType(),
                new Origin(file, c.span(), c.docComment(), names), nested);
    }

    /** Constructor parameters with a visibility or readonly are properties too. */
    private void promoted(Member.Method ctor, String fqn, NameContext names, Map<String, Property> properties) {
        for (Part.Param p : ctor.params()) {
            if (!p.modifiers().isEmpty()) {
                properties.putIfAbsent(p.name().name(), new Property(p.name().name(), fqn, p.modifiers(), p.type(), null,
                        new Origin(file, p.span(), ctor.docComment(), names), true, !p.hooks().isEmpty()));
            }
        }
    }
}
