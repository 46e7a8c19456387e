package argus.index;

import argus.ast.Expr;
import argus.ast.Name;
import argus.ast.ParseResult;
import argus.ast.Part;
import argus.ast.Stmt;
import argus.index.Symbols.Origin;
import argus.index.Symbols.Param;
import argus.index.Symbols.Signature;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Phase 1 of the analysis for one file: the declarations it makes, with names resolved
 * against its namespaces and imports. Reads no other file. Declarations inside blocks (the
 * `if (!function_exists('x')) { function x() ... }` of polyfills, functions declared in
 * functions) count too: PHP declares them when that code runs, and any of them may run.
 * `define()` and `class_alias()` with literal names count wherever they are called.
 */
public final class DeclarationScanner {
    private final String file;
    private final BodyFacts facts;
    private final List<Symbols.Class> classes = new ArrayList<>();
    private final List<Symbols.Function> functions = new ArrayList<>();
    private final List<Symbols.Constant> constants = new ArrayList<>();

    private DeclarationScanner(String file, BodyFacts facts) {
        this.file = file;
        this.facts = facts;
    }

    public static Symbols.FileSymbols scan(ParseResult parsed) {
        String file = parsed.source().path();
        BodyFacts facts = BodyFacts.of(parsed.statements(), file);
        DeclarationScanner s = new DeclarationScanner(file, facts);
        s.scope(parsed.statements(), "");
        List<Symbols.Constant> constants = new ArrayList<>(s.constants);
        constants.addAll(facts.defines());
        return new Symbols.FileSymbols(file, s.classes, s.functions, constants, facts.aliases(), facts.usedFunctions(),
                facts.usedClasses());
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
                    new Origin(file, f.span(), f.docComment(), names), nested,
                    Deprecation.of(f.docComment(), f.attributes(), names), facts.dynamicArgs(f)));
            body(f.body(), names);
        } else if (s instanceof Stmt.ClassLike c && c.name() != null) {
            classes.add(new ClassScanner(file, names, facts).scan(c, nested));
        } else if (s instanceof Stmt.Const c) {
            boolean deprecated = Deprecation.of(c.docComment(), List.of(), names);
            for (Part.ConstItem item : c.items()) {
                constants.add(new Symbols.Constant(names.declared(item.name().name()), item.value(),
                        new Origin(file, item.span(), c.docComment(), names), false, deprecated));
            }
        } else {
            nestedBodies(s, names);
        }
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

    static List<Param> params(List<Part.Param> params) {
        List<Param> out = new ArrayList<>(params.size());
        for (Part.Param p : params) {
            out.add(new Param(p.name().name(), p.type(), p.byRef(), p.variadic(), p.defaultValue(), p.modifiers()));
        }
        return out;
    }

    /** `define('NAME', ...)` as PHP reads the name: global as written, whatever the namespace. */
    static String definedName(Expr.FuncCall call) {
        if (call.callee() instanceof Name n && n.is("define") && call.args().size() >= 2
                && call.args().get(0).value() instanceof Expr.StringLit name && !name.value().isEmpty()) {
            return name.value().startsWith("\\") ? name.value().substring(1) : name.value();
        }
        return null;
    }
}
