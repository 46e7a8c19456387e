package argus.usage;

import argus.ast.AstScanner;
import argus.ast.Expr;
import argus.ast.Identifier;
import argus.ast.Member;
import argus.ast.Name;
import argus.ast.NameOrExpr;
import argus.ast.ParseResult;
import argus.ast.Part;
import argus.ast.Stmt;
import argus.ast.TypeHint;
import argus.index.Builtins;
import argus.index.FileNames;
import argus.index.NameContext;
import argus.index.SymbolIndex;
import argus.source.Comment;
import argus.types.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * One file's part of the whole-project dead-code facts: what it declares and what it refers
 * to ({@link FileUsage}). A reference is any mention that could reach a symbol at run time:
 * calls, `new`, `::`, `instanceof`, declared types, `catch`, attributes, `extends`; a string
 * literal that spells a name ({@code 'my_func'}, {@code 'Class::method'}, the {@code 'method'}
 * of {@code [$obj, 'method']}); and, for classes, a name in a docblock. Receivers are typed
 * through the flow analysis when it knows them, so {@code $order->total()} refers to
 * {@code Order::total} only; an unknown receiver refers to every method of that name.
 * A symbol's references to itself (recursion, a class naming itself) do not count.
 * Runs on a worker thread; shares nothing.
 */
public final class UsageScanner extends AstScanner {
    /** Checks that a symbol exists: part of declaring it when they guard its declaration. */
    private static final Set<String> EXISTENCE_CHECKS = Set.of("defined", "function_exists", "class_exists",
            "interface_exists", "trait_exists", "enum_exists");
    /** What the `if` whose condition is being scanned declares in its body (lower case). */
    private Set<String> guarded = Set.of();
    /** Functions that read every property of the object they get. */
    private static final Set<String> WHOLE_OBJECT_READERS = Set.of("get_object_vars", "json_encode", "serialize",
            "var_export", "print_r", "var_dump");

    /** A class-like being scanned: lower-case name (null when anonymous), whether a trait, lower-case parent. */
    private record ClassFrame(String key, boolean trait, String parent) {
    }

    private final String file;
    private final FileNames fileNames;
    private final SymbolIndex index;
    private final Function<Expr, Type> typeOf;
    private final Calls calls;
    private final References.Builder refs = new References.Builder();
    private final List<Declaration> declarations = new ArrayList<>();
    private final Deque<ClassFrame> classes = new ArrayDeque<>();
    private NameContext names;
    /** Lower-case name of the method or function whose body is being scanned, to skip recursion. */
    private String currentMethod;
    private String currentFunction;

    private UsageScanner(String file, FileNames fileNames, SymbolIndex index, Builtins builtins,
                         Function<Expr, Type> typeOf) {
        this.file = file;
        this.fileNames = fileNames;
        this.index = index;
        this.typeOf = typeOf;
        this.calls = new Calls(index, builtins, typeOf, refs);
        this.names = fileNames.at(0);
    }

    /**
     * @param typeOf the inferred type of an expression (MIXED when unknown); typing receivers
     *               makes method references precise, and without it they are by name only
     */
    public static FileUsage scan(ParseResult parsed, SymbolIndex index, Function<Expr, Type> typeOf) {
        UsageScanner s = new UsageScanner(parsed.source().path(), FileNames.of(parsed.statements()), index,
                Builtins.get(), typeOf == null ? e -> Type.MIXED : typeOf);
        s.scan(parsed.statements());
        for (Comment c : parsed.comments()) {
            if (c.kind() == Comment.Kind.DOC) {
                NameWords.docblock(c.text(parsed.source()), s.fileNames.at(c.span().start()), s.refs.docNames);
            }
        }
        return new FileUsage(s.file, s.declarations, s.refs.build());
    }

    // ------------------------------------------------------------------ declarations

    @Override
    public Void visitNamespace(Stmt.Namespace node) {
        NameContext saved = names;
        names = fileNames.at(node.span().start());
        scan(node.body());
        names = saved;
        return null;
    }

    @Override
    public Void visitUse(Stmt.Use node) {
        // An import is not a use: it only names what the code below may use.
        return null;
    }

    @Override
    public Void visitFunctionDecl(Stmt.FunctionDecl node) {
        String fqn = names.declared(node.name().name());
        declare(Declaration.Kind.FUNCTION, null, fqn, node.name(), Exemptions.declared(node));
        String savedFunction = currentFunction;
        String savedMethod = currentMethod;
        currentFunction = fqn.toLowerCase(Locale.ROOT);
        currentMethod = null;
        super.visitFunctionDecl(node);
        currentFunction = savedFunction;
        currentMethod = savedMethod;
        return null;
    }

    @Override
    public Void visitConst(Stmt.Const node) {
        for (Part.ConstItem item : node.items()) {
            declare(Declaration.Kind.CONSTANT, null, names.declared(item.name().name()), item.name(),
                    Exemptions.api(node.docComment()));
            scan(item.value());
        }
        return null;
    }

    @Override
    public Void visitClassLike(Stmt.ClassLike node) {
        String fqn = node.name() == null ? null : names.declared(node.name().name());
        if (node.parent() != null) {
            classRef(names.resolveClass(node.parent()));
        }
        node.interfaces().forEach(i -> classRef(names.resolveClass(i)));
        if (fqn != null) {
            // A class marked @api or wired by a framework attribute is entered from outside, members and all.
            boolean exempt = Exemptions.declared(node);
            declarations.add(new Declaration(Declaration.Kind.CLASS, file, null, fqn, node.name().span(), exempt,
                    node.kind(), false));
            Declarations.members(node, fqn, exempt, file, declarations);
        }
        String parent = node.parent() == null ? null : names.resolveClass(node.parent()).toLowerCase(Locale.ROOT);
        classes.push(new ClassFrame(fqn == null ? null : fqn.toLowerCase(Locale.ROOT),
                node.kind() == Stmt.ClassKind.TRAIT, parent));
        String savedFunction = currentFunction;
        currentFunction = null;
        scan(node.attributes());
        scan(node.enumBackingType());
        scan(node.members());
        currentFunction = savedFunction;
        classes.pop();
        return null;
    }

    private void declare(Declaration.Kind kind, String owner, String name, Identifier at, boolean exempt) {
        declarations.add(new Declaration(kind, file, owner, name, at.span(), exempt, null, false));
    }

    @Override
    public Void visitMethod(Member.Method node) {
        String saved = currentMethod;
        currentMethod = node.name().name().toLowerCase(Locale.ROOT);
        super.visitMethod(node);
        currentMethod = saved;
        return null;
    }

    @Override
    public Void visitTraitUse(Member.TraitUse node) {
        node.traits().forEach(t -> classRef(names.resolveClass(t)));
        for (Part rule : node.rules()) {
            // `T::m as n` makes m callable as n: calls of n reach T::m, which the name alone would miss.
            if (rule instanceof Part.TraitAlias alias) {
                refs.method(alias.method().name().toLowerCase(Locale.ROOT), References.ANY_CLASS);
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ class references

    /** A class name in code; self-references of a class do not make it used. */
    private void classRef(String fqn) {
        String lower = fqn.toLowerCase(Locale.ROOT);
        ClassFrame c = classes.peek();
        if (c != null && lower.equals(c.key)) {
            return;
        }
        refs.classes.add(lower);
    }

    /** A name in a class position: the class it names, or null for self/static/parent in a trait or anonymous class. */
    private String classOf(Name name) {
        String resolved = names.resolveClass(name);
        ClassFrame c = classes.peek();
        switch (resolved) {
            case "self", "static":
                return c == null || c.trait || c.key == null ? null : c.key;
            case "parent":
                return c == null || c.trait ? null : c.parent;
            default:
                classRef(resolved);
                return resolved.toLowerCase(Locale.ROOT);
        }
    }

    private List<String> classesOf(NameOrExpr cls) {
        if (cls instanceof Name n) {
            String c = classOf(n);
            return List.of(c == null ? References.ANY_CLASS : c);
        }
        List<String> out = Receivers.classesOf(index, typeOf.apply((Expr) cls));
        out.forEach(c -> {
            if (!c.equals(References.ANY_CLASS)) {
                classRef(c);
            }
        });
        return out;
    }

    @Override
    public Void visitNew(Expr.New node) {
        classesOf(node.cls());
        if (node.cls() instanceof Expr e) {
            scan(e);
        }
        scan(node.args());
        return null;
    }

    @Override
    public Void visitNewAnonymousClass(Expr.NewAnonymousClass node) {
        scan(node.args());
        scan(node.declaration());
        return null;
    }

    @Override
    public Void visitInstanceof(Expr.Instanceof node) {
        scan(node.expr());
        if (node.cls() instanceof Name n) {
            classOf(n);
        } else {
            scan(node.cls());
        }
        return null;
    }

    @Override
    public Void visitNamedType(TypeHint.Named node) {
        String t = names.resolveTypeName(node.name());
        if (!t.equals(t.toLowerCase(Locale.ROOT)) || !NameWords.isTypeKeyword(t)) {
            classRef(t);
        }
        return null;
    }

    @Override
    public Void visitCatch(Part.Catch node) {
        node.types().forEach(t -> classRef(names.resolveClass(t)));
        scan(node.body());
        return null;
    }

    @Override
    public Void visitAttribute(Part.Attribute node) {
        classRef(names.resolveClass(node.name()));
        scan(node.args());
        return null;
    }

    @Override
    public Void visitClassConstFetch(Expr.ClassConstFetch node) {
        classesOf(node.cls());
        if (node.cls() instanceof Expr e) {
            scan(e);
        }
        if (node.name() instanceof Identifier id) {
            if (!id.name().equalsIgnoreCase("class")) {
                refs.classConstants.add(id.name());
            }
        } else {
            scan(node.name());
        }
        return null;
    }

    // ------------------------------------------------------------------ members

    @Override
    public Void visitMethodCall(Expr.MethodCall node) {
        scan(node.object());
        boolean onThis = node.object() instanceof Expr.Variable v && v.name().equals("this");
        List<String> receivers = onThis && currentClassUnknown() ? List.of(References.ANY_CLASS)
                : Receivers.classesOf(index, typeOf.apply(node.object()));
        methodRef(node.name(), receivers, onThis, node.span().line());
        calls.callableArguments(node.args(), calls.ofMethod(receivers, node.name()));
        scan(node.args());
        return null;
    }

    @Override
    public Void visitStaticCall(Expr.StaticCall node) {
        boolean onSelf = node.cls() instanceof Name n && !n.text().equalsIgnoreCase("parent")
                && (n.is("self") || n.is("static"));
        List<String> receivers = classesOf(node.cls());
        if (node.cls() instanceof Expr e) {
            scan(e);
        }
        methodRef(node.name(), receivers, onSelf, node.span().line());
        calls.callableArguments(node.args(), calls.ofMethod(receivers, node.name()));
        scan(node.args());
        return null;
    }

    /** In a trait or an anonymous class, `$this` is of a class the file does not name. */
    private boolean currentClassUnknown() {
        ClassFrame c = classes.peek();
        return c == null || c.trait || c.key == null;
    }

    private void methodRef(argus.ast.MemberName name, List<String> receivers, boolean onSelf, int line) {
        if (name instanceof Identifier id) {
            String lower = id.name().toLowerCase(Locale.ROOT);
            if (onSelf && lower.equals(currentMethod)) {
                return;
            }
            receivers.forEach(r -> refs.method(lower, r));
            return;
        }
        Expr e = (Expr) name;
        scan(e);
        List<String> possible = calls.dynamicNames(e);
        if (possible != null) {
            possible.forEach(n -> receivers.forEach(r -> refs.method(n.toLowerCase(Locale.ROOT), r)));
        } else if (!receivers.contains(References.ANY_CLASS)) {
            refs.dynamicMethodClasses.addAll(receivers);
        } else {
            refs.unresolvedDynamicCalls.add(line);
        }
    }

    @Override
    public Void visitPropertyFetch(Expr.PropertyFetch node) {
        scan(node.object());
        if (node.name() instanceof Identifier id) {
            refs.properties.add(id.name());
        } else {
            dynamicProperty((Expr) node.name(), node.object());
        }
        return null;
    }

    @Override
    public Void visitStaticPropertyFetch(Expr.StaticPropertyFetch node) {
        classesOf(node.cls());
        if (node.cls() instanceof Expr e) {
            scan(e);
        }
        if (node.name() instanceof Identifier id) {
            refs.properties.add(id.name());
        } else {
            scan(node.name());
        }
        return null;
    }

    private void dynamicProperty(Expr name, Expr object) {
        scan(name);
        List<String> possible = calls.dynamicNames(name);
        if (possible != null) {
            refs.properties.addAll(possible);
        } else {
            wholeObjectRead(object);
        }
    }

    /** Reading every property of an object (or an unknown one of them): all of its class's properties are used. */
    private void wholeObjectRead(Expr object) {
        boolean onThis = object instanceof Expr.Variable v && v.name().equals("this");
        List<String> classesRead = onThis && currentClassUnknown() ? List.of(References.ANY_CLASS)
                : Receivers.classesOf(index, typeOf.apply(object));
        for (String c : classesRead) {
            if (!c.equals(References.ANY_CLASS)) {
                refs.dynamicPropertyClasses.add(c);
            }
        }
    }

    @Override
    public Void visitCast(Expr.Cast node) {
        if (node.kind() == Expr.CastKind.ARRAY) {
            wholeObjectRead(node.operand());
        }
        return super.visitCast(node);
    }

    @Override
    public Void visitForeach(Stmt.Foreach node) {
        wholeObjectRead(node.subject());
        return super.visitForeach(node);
    }

    // ------------------------------------------------------------------ functions, constants, strings

    @Override
    public Void visitFuncCall(Expr.FuncCall node) {
        if (node.callee() instanceof Name n) {
            String lower = n.text().toLowerCase(Locale.ROOT);
            if (n.kind() == Name.Kind.UNQUALIFIED && EXISTENCE_CHECKS.contains(lower)) {
                scanExistenceCheck(node);
                return null;
            }
            if (n.kind() == Name.Kind.UNQUALIFIED && lower.equals("define") && !node.args().isEmpty()
                    && node.args().get(0).value() instanceof Expr.StringLit s && classes.isEmpty()) {
                defineConstant(node, s);
                return null;
            }
            List<String> candidates = names.functionCandidates(n);
            for (String candidate : candidates) {
                String key = candidate.toLowerCase(Locale.ROOT);
                if (!key.equals(currentFunction)) {
                    refs.functions.add(key);
                }
            }
            calls.callableArguments(node.args(), calls.ofFunction(candidates));
            if (n.kind() == Name.Kind.UNQUALIFIED && WHOLE_OBJECT_READERS.contains(lower) && !node.args().isEmpty()) {
                wholeObjectRead(node.args().get(0).value());
            }
        } else {
            Expr callee = (Expr) node.callee();
            scan(callee);
            Type t = typeOf.apply(callee);
            if (t instanceof Type.StrLit s) {
                NameWords.string(s.value(), refs);
            }
        }
        scan(node.args());
        return null;
    }

    /** `defined('X')`, `function_exists('f')`: the checked name does not count, anything else in the call does. */
    private void scanExistenceCheck(Expr.FuncCall node) {
        for (Part.Arg a : node.args()) {
            if (!(a.value() instanceof Expr.StringLit s && guarded.contains(NameWords.key(s.value())))) {
                scan(a);
            }
        }
    }

    /**
     * An `if` whose body declares what its condition checks for (`if (!function_exists('f'))
     * { function f() ... }`, `if (!defined('X')) define('X', 1);`): the check is part of the
     * declaration, not a use. A check anywhere else uses the name: flag constants such as
     * `WP_SETUP_CONFIG` are only ever read by `defined()`.
     */
    @Override
    public Void visitIf(Stmt.If node) {
        Set<String> saved = guarded;
        guarded = Declarations.declaredIn(node.then(), names);
        scan(node.cond());
        guarded = saved;
        scan(node.then());
        scan(node.elseIfs());
        scan(node.otherwise());
        return null;
    }

    @Override
    public Void visitInterpolated(Expr.Interpolated node) {
        NameWords.classPrefix(node, refs);
        return super.visitInterpolated(node);
    }

    @Override
    public Void visitBinary(Expr.Binary node) {
        if (node.op() == Expr.BinaryOp.CONCAT) {
            NameWords.classPrefix(node, refs);
        }
        return super.visitBinary(node);
    }

    /** `define('NAME', value)` at any depth outside classes declares a global constant, named as written. */
    private void defineConstant(Expr.FuncCall node, Expr.StringLit name) {
        String fqn = name.value().startsWith("\\") ? name.value().substring(1) : name.value();
        if (NameWords.isName(fqn)) {
            declarations.add(new Declaration(Declaration.Kind.CONSTANT, file, null, fqn, name.span(), false, null,
                    false));
        }
        for (int i = 1; i < node.args().size(); i++) {
            scan(node.args().get(i));
        }
    }

    @Override
    public Void visitConstFetch(Expr.ConstFetch node) {
        Name n = node.name();
        if (!(n.is("true") || n.is("false") || n.is("null"))) {
            refs.constants.addAll(names.constantCandidates(n));
        }
        return null;
    }

    @Override
    public Void visitStringLit(Expr.StringLit node) {
        NameWords.string(node.value(), refs);
        NameWords.classPrefix(node, refs);
        return null;
    }
}
