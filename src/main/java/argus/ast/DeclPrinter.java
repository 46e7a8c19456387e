package argus.ast;

import java.util.List;

/**
 * The declaration half of {@link AstPrinter}: functions, classes, members, parameters,
 * attributes, types and the small parts. Declarations print their docblock first, then
 * their attribute groups, each on its own line, because the parser attaches the docblock
 * that precedes the whole declaration, attributes included.
 */
abstract class DeclPrinter extends ExprPrinter {

    /** The docblock (raw text) and attribute groups of a declaration, each followed by a new line. */
    final void header(String docComment, List<Part.AttributeGroup> attributes) {
        if (docComment != null) {
            out.append(docComment);
            nl();
        }
        for (Part.AttributeGroup group : attributes) {
            group.accept(this);
            nl();
        }
    }

    private void modifiers(Modifiers modifiers) {
        for (String word : modifiers.words()) {
            out.append(word).append(' ');
        }
    }

    @Override final void inlineAttributes(List<Part.AttributeGroup> groups) {
        for (Part.AttributeGroup group : groups) {
            group.accept(this);
            out.append(' ');
        }
    }

    @Override final void params(List<Part.Param> params) {
        out.append('(');
        join(params, ", ");
        out.append(')');
    }

    private void names(List<Name> names) {
        for (int i = 0; i < names.size(); i++) {
            out.append(i > 0 ? ", " : "").append(names.get(i).written());
        }
    }

    // ------------------------------------------------------------------ functions and classes

    @Override public Void visitFunctionDecl(Stmt.FunctionDecl node) {
        header(node.docComment(), node.attributes());
        out.append("function ").append(node.byRef() ? "&" : "").append(node.name().name());
        params(node.params());
        returnType(node.returnType());
        block(node.body());
        return null;
    }

    @Override public Void visitClassLike(Stmt.ClassLike node) {
        header(node.docComment(), node.attributes());
        modifiers(node.modifiers());
        out.append(switch (node.kind()) {
            case CLASS -> "class";
            case INTERFACE -> "interface";
            case TRAIT -> "trait";
            case ENUM -> "enum";
        });
        if (node.name() != null) {
            out.append(' ').append(node.name().name());
        }
        classRest(node);
        return null;
    }

    /** Everything after the class name: backing type, extends, implements, the body. */
    private void classRest(Stmt.ClassLike node) {
        if (node.enumBackingType() != null) {
            out.append(": ");
            node.enumBackingType().accept(this);
        }
        if (node.parent() != null) {
            out.append(" extends ").append(node.parent().written());
        }
        if (!node.interfaces().isEmpty()) {
            out.append(node.kind() == Stmt.ClassKind.INTERFACE ? " extends " : " implements ");
            names(node.interfaces());
        }
        out.append(" {");
        indent++;
        for (Member member : node.members()) {
            nl();
            member.accept(this);
        }
        indent--;
        nl();
        out.append('}');
    }

    /** `new #[A] readonly class(1) extends B { ... }`: arguments come right after `class`. */
    @Override final void anonymousClass(Stmt.ClassLike node, List<Part.Arg> args) {
        if (node.docComment() != null) {
            out.append(node.docComment()).append(' ');
        }
        out.append("new ");
        inlineAttributes(node.attributes());
        modifiers(node.modifiers());
        out.append("class");
        if (!args.isEmpty()) {
            args(args, false);
        }
        classRest(node);
    }

    // ------------------------------------------------------------------ members

    @Override public Void visitMethod(Member.Method node) {
        header(node.docComment(), node.attributes());
        modifiers(node.modifiers());
        out.append("function ").append(node.byRef() ? "&" : "").append(node.name().name());
        params(node.params());
        returnType(node.returnType());
        if (node.body() == null) {
            out.append(';');
        } else {
            block(node.body());
        }
        return null;
    }

    @Override public Void visitProperty(Member.Property node) {
        header(node.docComment(), node.attributes());
        modifiers(node.modifiers());
        if (node.type() != null) {
            node.type().accept(this);
            out.append(' ');
        }
        join(node.items(), ", ");
        hooks(node.hooks(), ";");
        return null;
    }

    private void hooks(List<Part.PropertyHook> hooks, String otherwise) {
        if (hooks.isEmpty()) {
            out.append(otherwise);
            return;
        }
        out.append(" {");
        indent++;
        for (Part.PropertyHook hook : hooks) {
            nl();
            hook.accept(this);
        }
        indent--;
        nl();
        out.append('}');
    }

    @Override public Void visitClassConst(Member.ClassConst node) {
        header(node.docComment(), node.attributes());
        modifiers(node.modifiers());
        out.append("const ");
        if (node.type() != null) {
            node.type().accept(this);
            out.append(' ');
        }
        join(node.items(), ", ");
        out.append(';');
        return null;
    }

    @Override public Void visitTraitUse(Member.TraitUse node) {
        out.append("use ");
        names(node.traits());
        if (node.rules().isEmpty()) {
            out.append(';');
            return null;
        }
        out.append(" {");
        indent++;
        for (Part rule : node.rules()) {
            nl();
            rule.accept(this);
        }
        indent--;
        nl();
        out.append('}');
        return null;
    }

    @Override public Void visitEnumCase(Member.EnumCase node) {
        header(node.docComment(), node.attributes());
        out.append("case ").append(node.name().name());
        if (node.value() != null) {
            out.append(" = ");
            top(node.value());
        }
        out.append(';');
        return null;
    }

    // ------------------------------------------------------------------ parts of declarations

    @Override public Void visitParam(Part.Param node) {
        inlineAttributes(node.attributes());
        modifiers(node.modifiers());
        if (node.type() != null) {
            node.type().accept(this);
            out.append(' ');
        }
        out.append(node.byRef() ? "&" : "").append(node.variadic() ? "..." : "").append('$').append(node.name().name());
        if (node.defaultValue() != null) {
            out.append(" = ");
            top(node.defaultValue());
        }
        hooks(node.hooks(), "");
        return null;
    }

    /** `get => expr;`, `set(string $v) { ... }`, or abstract `get;`. */
    @Override public Void visitPropertyHook(Part.PropertyHook node) {
        inlineAttributes(node.attributes());
        modifiers(node.modifiers());
        out.append(node.byRef() ? "&" : "").append(node.name().name());
        if (node.params() != null) {
            params(node.params());
        }
        if (node.exprBody() != null) {
            out.append(" => ");
            top(node.exprBody());
            out.append(';');
        } else if (node.body() != null) {
            block(node.body());
        } else {
            out.append(';');
        }
        return null;
    }

    @Override public Void visitAttributeGroup(Part.AttributeGroup node) {
        out.append("#[");
        join(node.attributes(), ", ");
        out.append(']');
        return null;
    }

    /** `A` and `A()` are the same tree (no flag tells them apart), so empty args print nothing. */
    @Override public Void visitAttribute(Part.Attribute node) {
        out.append(node.name().written());
        if (!node.args().isEmpty()) {
            args(node.args(), false);
        }
        return null;
    }

    @Override public Void visitPropertyItem(Part.PropertyItem node) {
        out.append('$').append(node.name().name());
        if (node.defaultValue() != null) {
            out.append(" = ");
            top(node.defaultValue());
        }
        return null;
    }

    @Override public Void visitConstItem(Part.ConstItem node) {
        out.append(node.name().name()).append(" = ");
        top(node.value());
        return null;
    }

    @Override public Void visitTraitAlias(Part.TraitAlias node) {
        if (node.trait() != null) {
            out.append(node.trait().written()).append("::");
        }
        out.append(node.method().name()).append(" as");
        for (String word : node.modifiers().words()) {
            out.append(' ').append(word);
        }
        if (node.alias() != null) {
            out.append(' ').append(node.alias().name());
        }
        out.append(';');
        return null;
    }

    @Override public Void visitTraitInsteadof(Part.TraitInsteadof node) {
        if (node.trait() != null) {
            out.append(node.trait().written()).append("::");
        }
        out.append(node.method().name()).append(" insteadof ");
        names(node.insteadOf());
        out.append(';');
        return null;
    }

    // ------------------------------------------------------------------ small parts

    @Override public Void visitArg(Part.Arg node) {
        if (node.name() != null) {
            out.append(node.name().name()).append(": ");
        }
        if (node.unpack()) {
            out.append("...");
            operand(node.value());
        } else {
            top(node.value());
        }
        return null;
    }

    /** A skipped destructuring slot prints as nothing between its commas. */
    @Override public Void visitArrayItem(Part.ArrayItem node) {
        if (node.value() == null) {
            return null;
        }
        if (node.key() != null) {
            top(node.key());
            out.append(" => ");
        }
        if (node.byRef()) {
            out.append('&');
            target(node.value());
        } else if (node.unpack()) {
            out.append("...");
            operand(node.value());
        } else {
            top(node.value());
        }
        return null;
    }

    @Override public Void visitMatchArm(Part.MatchArm node) {
        if (node.isDefault()) {
            out.append("default");
        } else {
            for (int i = 0; i < node.conditions().size(); i++) {
                out.append(i > 0 ? ", " : "");
                top(node.conditions().get(i));
            }
        }
        out.append(" => ");
        top(node.body());
        return null;
    }

    @Override public Void visitClosureUse(Part.ClosureUse node) {
        out.append(node.byRef() ? "&" : "");
        expr(node.var());
        return null;
    }

    @Override public Void visitStaticVar(Part.StaticVar node) {
        expr(node.var());
        if (node.init() != null) {
            out.append(" = ");
            top(node.init());
        }
        return null;
    }

    @Override public Void visitDeclareItem(Part.DeclareItem node) {
        out.append(node.key().name()).append('=');
        top(node.value());
        return null;
    }

    // ------------------------------------------------------------------ types and names

    @Override public Void visitNamedType(TypeHint.Named node) { out.append(node.name().written()); return null; }

    @Override public Void visitNullableType(TypeHint.Nullable node) {
        out.append('?');
        node.inner().accept(this);
        return null;
    }

    /** `(A&B)|null`: an intersection inside a union needs its parentheses. */
    @Override public Void visitUnionType(TypeHint.Union node) {
        for (int i = 0; i < node.types().size(); i++) {
            TypeHint t = node.types().get(i);
            out.append(i > 0 ? "|" : "");
            if (t instanceof TypeHint.Intersection) {
                out.append('(');
                t.accept(this);
                out.append(')');
            } else {
                t.accept(this);
            }
        }
        return null;
    }

    @Override public Void visitIntersectionType(TypeHint.Intersection node) { join(node.types(), "&"); return null; }
    @Override public Void visitName(Name node) { out.append(node.written()); return null; }
    @Override public Void visitIdentifier(Identifier node) { out.append(node.name()); return null; }
}
