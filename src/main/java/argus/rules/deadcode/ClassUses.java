package argus.rules.deadcode;

import argus.ast.AstScanner;
import argus.ast.Expr;
import argus.ast.Identifier;
import argus.ast.Member;
import argus.ast.Name;
import argus.ast.Node;
import argus.ast.Part;
import argus.ast.Stmt;
import argus.source.Comment;
import argus.source.SourceFile;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a class body refers to by name, for the private-member rules. Names are matched
 * whatever the receiver (`$other->x()` may reach a private `x` of the same class), and every
 * string literal of the body counts as a possible callable or member name (`[$this, 'x']`,
 * `'self::x'`, `constant('self::X')`). When the body reaches members by computed names, that
 * kind of member is marked dynamic and its rule stays quiet for the class.
 */
final class ClassUses extends AstScanner {
    /** Functions that read every property of an object handed to them. */
    private static final Set<String> WHOLE_OBJECT = Set.of("get_object_vars", "get_class_vars", "serialize",
            "var_export", "json_encode", "print_r", "var_dump", "debug_zval_dump", "http_build_query",
            "array_walk", "array_walk_recursive", "iterator_to_array", "igbinary_serialize", "msgpack_pack");
    private static final Set<String> REFLECTION = Set.of("reflectionclass", "reflectionobject", "reflectionmethod",
            "reflectionproperty", "reflectionclassconstant", "reflectionenum");

    final Set<String> methods = new HashSet<>();
    final Set<String> propertyReads = new HashSet<>();
    final Set<String> propertyWrites = new HashSet<>();
    final Set<String> constants = new HashSet<>();
    private final Set<String> strings = new HashSet<>();
    private final Set<String> commentWords = new HashSet<>();
    boolean dynamicMethods;
    boolean dynamicProperties;
    boolean dynamicConstants;
    /** Traits may reach the class's private members, and the traits' bodies are in other files. */
    boolean usesTraits;

    static ClassUses of(Stmt.ClassLike cls, List<Comment> comments, SourceFile source) {
        ClassUses u = new ClassUses();
        for (Member m : cls.members()) {
            u.scan(m);
            if (m instanceof Member.TraitUse) {
                u.usesTraits = true;
            }
        }
        for (Comment c : comments) {
            // Docblocks name methods for frameworks (`@dataProvider x`); other comments are prose.
            if (c.kind() == Comment.Kind.DOC && c.span().start() >= cls.span().start() && c.span().start() < cls.span().end()) {
                u.words(c.text(source));
            }
        }
        if (cls.docComment() != null) {
            u.words(cls.docComment());
        }
        return u;
    }

    /** A string literal of the body names it (alone, or after `::`). */
    boolean inString(String name) {
        return strings.contains(name.toLowerCase(Locale.ROOT));
    }

    /** A comment of the class names it (`@dataProvider x`, `@see x()`, `@uses`). */
    boolean inComment(String name) {
        return commentWords.contains(name.toLowerCase(Locale.ROOT));
    }

    private void words(String text) {
        for (String w : text.split("[^A-Za-z0-9_\\x80-\\uffff]+")) {
            if (!w.isEmpty()) {
                commentWords.add(w.toLowerCase(Locale.ROOT));
            }
        }
    }

    // ------------------------------------------------------------------ methods and constants

    @Override
    public Void visitMethodCall(Expr.MethodCall n) {
        method(n.name());
        return super.visitMethodCall(n);
    }

    @Override
    public Void visitStaticCall(Expr.StaticCall n) {
        method(n.name());
        return super.visitStaticCall(n);
    }

    private void method(Node name) {
        if (name instanceof Identifier id) {
            methods.add(id.name().toLowerCase(Locale.ROOT));
        } else if (name instanceof Expr.StringLit s) {
            methods.add(s.value().toLowerCase(Locale.ROOT));
        } else {
            dynamicMethods = true;
        }
    }

    @Override
    public Void visitClassConstFetch(Expr.ClassConstFetch n) {
        if (n.name() instanceof Identifier id) {
            constants.add(id.name());
        } else {
            dynamicConstants = true;
        }
        return super.visitClassConstFetch(n);
    }

    @Override
    public Void visitStringLit(Expr.StringLit n) {
        String v = n.value();
        if (v.length() <= 200) {
            strings.add(v.toLowerCase(Locale.ROOT));
            int sep = v.lastIndexOf("::");
            if (sep >= 0) {
                strings.add(v.substring(sep + 2).toLowerCase(Locale.ROOT));
            }
        }
        return null;
    }

    @Override
    public Void visitFuncCall(Expr.FuncCall n) {
        if (n.callee() instanceof Name name) {
            String f = name.last().toLowerCase(Locale.ROOT);
            boolean literalArgs = n.args().stream().allMatch(a -> a.value() instanceof Expr.StringLit);
            if (WHOLE_OBJECT.contains(f)) {
                dynamicProperties = true;
            } else if (!literalArgs && (f.equals("constant") || f.equals("defined"))) {
                dynamicConstants = true;
            } else if (!literalArgs && (f.startsWith("call_user_func") || f.equals("forward_static_call")
                    || f.equals("forward_static_call_array") || f.equals("method_exists") || f.equals("is_callable"))) {
                callable(n.args().isEmpty() ? null : n.args().get(0).value());
            } else if (!literalArgs && (f.equals("property_exists") || f.equals("compact"))) {
                dynamicProperties = true;
            }
        }
        return super.visitFuncCall(n);
    }

    /** `[$this, $name]` or a computed string: any method may be meant. */
    private void callable(Expr e) {
        if (e instanceof Expr.ArrayLit a && a.items().size() == 2 && a.items().get(1).value() instanceof Expr.StringLit) {
            return;
        }
        if (!(e instanceof Expr.StringLit)) {
            dynamicMethods = true;
        }
    }

    @Override
    public Void visitArrayLit(Expr.ArrayLit n) {
        // [$this, $method] as a callable.
        if (n.items().size() == 2 && n.items().get(0).value() instanceof Expr.Variable v && v.name().equals("this")
                && n.items().get(1).value() != null && !(n.items().get(1).value() instanceof Expr.StringLit)) {
            dynamicMethods = true;
        }
        return super.visitArrayLit(n);
    }

    @Override
    public Void visitNew(Expr.New n) {
        if (n.cls() instanceof Name name && REFLECTION.contains(name.last().toLowerCase(Locale.ROOT))) {
            dynamicMethods = true;
            dynamicProperties = true;
            dynamicConstants = true;
        }
        return super.visitNew(n);
    }

    // ------------------------------------------------------------------ properties

    @Override
    public Void visitPropertyFetch(Expr.PropertyFetch n) {
        property(n.name(), propertyReads);
        return super.visitPropertyFetch(n);
    }

    @Override
    public Void visitStaticPropertyFetch(Expr.StaticPropertyFetch n) {
        property(n.name(), propertyReads);
        return super.visitStaticPropertyFetch(n);
    }

    private void property(Node name, Set<String> into) {
        if (name instanceof Identifier id) {
            into.add(id.name().startsWith("$") ? id.name().substring(1) : id.name());
        } else if (name instanceof Expr.StringLit s) {
            into.add(s.value());
        } else {
            dynamicProperties = true;
        }
    }

    @Override
    public Void visitAssign(Expr.Assign n) {
        target(n.target());
        scan(n.value());
        return null;
    }

    @Override
    public Void visitUnset(Stmt.Unset n) {
        n.vars().forEach(this::target);
        return null;
    }

    /** A property stored into (directly, or an element of it) is written, not read. */
    private void target(Expr t) {
        if (t instanceof Expr.PropertyFetch p) {
            property(p.name(), propertyWrites);
            scan(p.object());
        } else if (t instanceof Expr.StaticPropertyFetch s) {
            property(s.name(), propertyWrites);
            scan(s.cls());
        } else if (t instanceof Expr.Index idx && (idx.base() instanceof Expr.PropertyFetch
                || idx.base() instanceof Expr.StaticPropertyFetch || idx.base() instanceof Expr.Index)) {
            target(idx.base());
            scan(idx.offset());
        } else if (t instanceof Expr.ListLit || t instanceof Expr.ArrayLit) {
            List<Part.ArrayItem> items = t instanceof Expr.ListLit l ? l.items() : ((Expr.ArrayLit) t).items();
            for (Part.ArrayItem item : items) {
                scan(item.key());
                if (item.value() != null) {
                    target(item.value());
                }
            }
        } else {
            scan(t);
        }
    }

    @Override
    public Void visitCast(Expr.Cast n) {
        if (n.kind() == Expr.CastKind.ARRAY && isThis(n.operand())) {
            dynamicProperties = true;
        }
        return super.visitCast(n);
    }

    @Override
    public Void visitForeach(Stmt.Foreach n) {
        if (isThis(n.subject())) {
            dynamicProperties = true;
        }
        return super.visitForeach(n);
    }

    private static boolean isThis(Expr e) {
        return e instanceof Expr.Variable v && v.name().equals("this");
    }
}
