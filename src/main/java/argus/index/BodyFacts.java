package argus.index;

import argus.ast.FunctionScanner;
import argus.ast.Expr;
import argus.ast.Name;
import argus.ast.Node;
import argus.ast.Stmt;
import argus.index.Symbols.Origin;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * What one walk of a file finds inside code rather than in declarations: `define()` and
 * `class_alias()` calls with literal names (written as often in `defined('X') || define(...)`
 * and in function bodies as at the top level), and the functions and methods that read their
 * arguments through func_get_args() and its kin.
 */
final class BodyFacts extends FunctionScanner {
    private final String file;
    private final List<Symbols.Constant> defines = new ArrayList<>();
    private final List<Symbols.ClassAlias> aliases = new ArrayList<>();
    private final Set<Node> dynamicArgs = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<String> usedFunctions = new java.util.HashSet<>();
    private final Set<String> usedClasses = new java.util.HashSet<>();
    /** Variables assigned a literal list of strings, and the loop variables running over one (file-wide, by name). */
    private final java.util.Map<String, List<String>> literalLists = new java.util.HashMap<>();
    private final java.util.Map<String, List<String>> loopNames = new java.util.HashMap<>();

    private final List<Stmt> statements;
    private FileNames names;

    private BodyFacts(String file, List<Stmt> statements) {
        // func_get_args() in an arrow function is counted for the function around it.
        super(false);
        this.file = file;
        this.statements = statements;
    }

    private FileNames names() {
        if (names == null) {
            names = FileNames.of(statements);
        }
        return names;
    }

    static BodyFacts of(List<Stmt> statements, String file) {
        BodyFacts facts = new BodyFacts(file, statements);
        facts.scan(statements);
        return facts;
    }

    List<Symbols.Constant> defines() {
        return defines;
    }

    List<Symbols.ClassAlias> aliases() {
        return aliases;
    }

    Set<String> usedFunctions() {
        return usedFunctions;
    }

    Set<String> usedClasses() {
        return usedClasses;
    }

    /** Whether this function or method declaration reads its arguments dynamically. */
    boolean dynamicArgs(Node declaration) {
        return dynamicArgs.contains(declaration);
    }

    @Override
    public Void visitFuncCall(Expr.FuncCall call) {
        if (call.callee() instanceof Name callee) {
            List<String> candidates = names().at(call.span().start()).functionCandidates(callee);
            usedFunctions.add(candidates.get(candidates.size() - 1).toLowerCase(java.util.Locale.ROOT));
        }
        if (call.callee() instanceof Name n && n.kind() != Name.Kind.QUALIFIED) {
            String name = n.last().toLowerCase(java.util.Locale.ROOT);
            switch (name) {
                case "define" -> {
                    String defined = DeclarationScanner.definedName(call);
                    if (defined != null) {
                        defines.add(new Symbols.Constant(defined, call.args().get(1).value(),
                                new Origin(file, call.span(), null, NameContext.GLOBAL), true, false));
                    } else {
                        definesFromList(call);
                    }
                }
                case "class_alias" -> alias(call);
                case "func_get_args", "func_num_args", "func_get_arg" -> {
                    if (enclosingFunction() != null) {
                        dynamicArgs.add(enclosingFunction());
                    }
                }
                default -> {
                }
            }
        }
        return super.visitFuncCall(call);
    }

    /**
     * `foreach (['T_FN', 'T_MATCH'] as $name) { define($name, ...); }`: the names of a literal
     * list are declared as surely as literal ones (the token polyfills of parser libraries).
     */
    private void definesFromList(Expr.FuncCall call) {
        if (call.args().size() >= 2 && call.args().get(0).value() instanceof Expr.Variable v
                && loopNames.containsKey(v.name())) {
            for (String name : loopNames.get(v.name())) {
                defines.add(new Symbols.Constant(strip(name), call.args().get(1).value(),
                        new Origin(file, call.span(), null, NameContext.GLOBAL), true, false));
            }
        }
    }

    @Override
    public Void visitAssign(Expr.Assign a) {
        List<String> list = stringList(a.value());
        if (a.target() instanceof Expr.Variable v && list != null) {
            literalLists.put(v.name(), list);
        }
        return super.visitAssign(a);
    }

    @Override
    public Void visitForeach(Stmt.Foreach f) {
        List<String> list = stringList(f.subject());
        boolean bound = list != null && f.value() instanceof Expr.Variable v
                && loopNames.putIfAbsent(v.name(), list) == null;
        super.visitForeach(f);
        if (bound) {
            loopNames.remove(((Expr.Variable) f.value()).name());
        }
        return null;
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
        for (argus.ast.Part.ArrayItem item : a.items()) {
            if (item.key() != null || item.unpack() || !(item.value() instanceof Expr.StringLit str)) {
                return null;
            }
            out.add(str.value());
        }
        return out;
    }

    private void alias(Expr.FuncCall call) {
        if (call.args().size() >= 2 && call.args().get(0).value() instanceof Expr.StringLit original
                && call.args().get(1).value() instanceof Expr.StringLit alias) {
            aliases.add(new Symbols.ClassAlias(strip(alias.value()), strip(original.value()),
                    new Origin(file, call.span(), null, NameContext.GLOBAL)));
        } else if (call.args().size() >= 2 && call.args().get(0).value() instanceof Expr.ClassConstFetch original
                && original.cls() instanceof Name cls && call.args().get(1).value() instanceof Expr.StringLit alias) {
            NameContext names = names().at(call.span().start());
            aliases.add(new Symbols.ClassAlias(strip(alias.value()), names.resolveClass(cls),
                    new Origin(file, call.span(), null, names)));
        }
    }

    private void usedClass(argus.ast.NameOrExpr cls, int at) {
        if (cls instanceof Name n && !n.is("self") && !n.is("static") && !n.is("parent")) {
            usedClasses.add(names().at(at).resolveClass(n).toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Override
    public Void visitNew(Expr.New n) {
        usedClass(n.cls(), n.span().start());
        return super.visitNew(n);
    }

    @Override
    public Void visitStaticCall(Expr.StaticCall n) {
        usedClass(n.cls(), n.span().start());
        return super.visitStaticCall(n);
    }

    @Override
    public Void visitClassConstFetch(Expr.ClassConstFetch n) {
        usedClass(n.cls(), n.span().start());
        return super.visitClassConstFetch(n);
    }

    @Override
    public Void visitInstanceof(Expr.Instanceof n) {
        usedClass(n.cls(), n.span().start());
        return super.visitInstanceof(n);
    }

    @Override
    public Void visitClassLike(Stmt.ClassLike n) {
        if (n.parent() != null) {
            usedClass(n.parent(), n.span().start());
        }
        n.interfaces().forEach(i -> usedClass(i, n.span().start()));
        return super.visitClassLike(n);
    }

    private static String strip(String name) {
        return name.startsWith("\\") ? name.substring(1) : name;
    }
}
