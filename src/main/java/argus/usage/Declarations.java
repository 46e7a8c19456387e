package argus.usage;

import argus.ast.Expr;
import argus.ast.Identifier;
import argus.ast.Name;
import argus.ast.Member;
import argus.ast.Modifiers;
import argus.ast.Part;
import argus.ast.Stmt;
import argus.index.NameContext;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The members of a named class-like that code elsewhere could use: all but private ones and enum cases. */
final class Declarations {
    /** PHP calls these itself. */
    private static final Set<String> MAGIC = Set.of("__construct", "__destruct", "__call", "__callstatic", "__get",
            "__set", "__isset", "__unset", "__sleep", "__wakeup", "__serialize", "__unserialize", "__tostring",
            "__invoke", "__set_state", "__clone", "__debuginfo");

    private Declarations() {
    }

    /** The functions, classes and constants ({@code define}) a block declares at its top, lower case. */
    static Set<String> declaredIn(List<Stmt> body, NameContext names) {
        Set<String> out = new HashSet<>();
        for (Stmt s : body) {
            if (s instanceof Stmt.FunctionDecl f) {
                out.add(names.declared(f.name().name()).toLowerCase(Locale.ROOT));
            } else if (s instanceof Stmt.ClassLike c && c.name() != null) {
                out.add(names.declared(c.name().name()).toLowerCase(Locale.ROOT));
            } else if (s instanceof Stmt.ExprStmt e && e.expr() instanceof Expr.FuncCall call
                    && call.callee() instanceof Name n && n.is("define") && !call.args().isEmpty()
                    && call.args().get(0).value() instanceof Expr.StringLit name) {
                out.add(NameWords.key(name.value()));
            }
        }
        return out;
    }

    /** @param classExempt the class is marked {@code @api} or wired by a framework attribute: so are its members */
    static void members(Stmt.ClassLike c, String fqn, boolean classExempt, String file, List<Declaration> out) {
        // A method named like its class constructs objects of it, in global code only (PHP 4 style).
        boolean namespaced = fqn.indexOf('\\') >= 0;
        for (Member m : c.members()) {
            if (m instanceof Member.Method method) {
                String lower = method.name().name().toLowerCase(Locale.ROOT);
                boolean oldConstructor = !namespaced && c.kind() == Stmt.ClassKind.CLASS
                        && lower.equalsIgnoreCase(c.name().name());
                if (lower.equals("__construct")) {
                    promoted(method, fqn, classExempt, file, out);
                }
                if (!method.modifiers().isPrivate()) {
                    boolean exempt = classExempt || MAGIC.contains(lower) || oldConstructor
                            || Exemptions.declared(method);
                    out.add(member(Declaration.Kind.METHOD, file, fqn, method.name(), exempt, method.modifiers()));
                }
            } else if (m instanceof Member.Property p && !p.modifiers().isPrivate()) {
                boolean exempt = classExempt || Exemptions.declared(p);
                p.items().forEach(item ->
                        out.add(member(Declaration.Kind.PROPERTY, file, fqn, item.name(), exempt, p.modifiers())));
            } else if (m instanceof Member.ClassConst k && !k.modifiers().isPrivate()) {
                boolean exempt = classExempt || Exemptions.declared(k);
                k.items().forEach(item -> out.add(member(Declaration.Kind.CLASS_CONSTANT, file, fqn, item.name(), exempt,
                        k.modifiers())));
            }
        }
    }

    /** Constructor parameters with a visibility are properties too. */
    private static void promoted(Member.Method ctor, String fqn, boolean classExempt, String file,
                                 List<Declaration> out) {
        for (Part.Param p : ctor.params()) {
            if (!p.modifiers().isEmpty() && !p.modifiers().isPrivate()) {
                boolean exempt = classExempt || Exemptions.attributed(p.attributes());
                out.add(member(Declaration.Kind.PROPERTY, file, fqn, p.name(), exempt, p.modifiers()));
            }
        }
    }

    private static Declaration member(Declaration.Kind kind, String file, String owner, Identifier name, boolean exempt,
                                      Modifiers modifiers) {
        return new Declaration(kind, file, owner, name.name(), name.span(), exempt, null, modifiers.isProtected());
    }
}
