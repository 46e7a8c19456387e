package argus.parse;

import argus.ast.Expr;
import argus.ast.Identifier;
import argus.ast.Member;
import argus.ast.Modifiers;
import argus.ast.Name;
import argus.ast.Part;
import argus.ast.Stmt;
import argus.ast.TypeHint;
import argus.parse.antlr.PhpParser.*;
import argus.source.Span;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Declarations: functions, closures, classes and their members, parameters, types, attributes. */
final class DeclBuilder {
    private final AstBuilder b;

    DeclBuilder(AstBuilder b) {
        this.b = b;
    }

    private Expr expr(ExprContext ctx) {
        return b.exprs.expr(ctx);
    }

    private Expr optionalExpr(ExprContext ctx) {
        return ctx == null ? null : expr(ctx);
    }

    private String doc(AttributesContext attrs, ParserRuleContext decl) {
        Token first = attrs != null ? attrs.getStart() : decl.getStart();
        return b.docComment(first, decl.getStart());
    }

    Stmt function(AttributesContext attrs, FunctionDeclarationContext ctx, Span span) {
        Identifier name = ctx.functionName() == null ? new Identifier(span, "") : b.identifier(ctx.functionName());
        return new Stmt.FunctionDecl(span, doc(attrs, ctx), attributes(attrs), name, ctx.AMP() != null,
                params(ctx.parameterList()), returnType(ctx.returnType()), b.stmts.block(ctx.block()));
    }

    Stmt classLike(AttributesContext attrs, ClassDeclarationContext ctx, Span span) {
        List<Part.AttributeGroup> attributes = attributes(attrs);
        String doc = doc(attrs, ctx);
        if (ctx instanceof ClassDeclContext c) {
            return new Stmt.ClassLike(span, doc, attributes, Stmt.ClassKind.CLASS, classModifiers(c.classModifier()),
                    b.identifier(c.identifier()), c.name() == null ? null : b.name(c.name()), names(c.nameList()),
                    null, members(c.classBody()));
        }
        if (ctx instanceof InterfaceDeclContext c) {
            return new Stmt.ClassLike(span, doc, attributes, Stmt.ClassKind.INTERFACE, Modifiers.NONE,
                    b.identifier(c.identifier()), null, names(c.nameList()), null, members(c.classBody()));
        }
        if (ctx instanceof TraitDeclContext c) {
            return new Stmt.ClassLike(span, doc, attributes, Stmt.ClassKind.TRAIT, Modifiers.NONE,
                    b.identifier(c.identifier()), null, List.of(), null, members(c.classBody()));
        }
        EnumDeclContext c = (EnumDeclContext) ctx;
        return new Stmt.ClassLike(span, doc, attributes, Stmt.ClassKind.ENUM, Modifiers.NONE,
                b.identifier(c.identifier()), null, names(c.nameList()), type(c.type()), members(c.classBody()));
    }

    Stmt.ClassLike anonymousClass(AnonymousClassPrimaryContext ctx) {
        return new Stmt.ClassLike(b.span(ctx), null, attributes(ctx.attributes()), Stmt.ClassKind.CLASS,
                classModifiers(ctx.classModifier()), null, ctx.name() == null ? null : b.name(ctx.name()),
                names(ctx.nameList()), null, members(ctx.classBody()));
    }

    Expr closure(ClosurePrimaryContext ctx) {
        List<Part.ClosureUse> uses = new ArrayList<>();
        if (ctx.closureUse() != null) {
            for (ClosureUseVarContext v : ctx.closureUse().closureUseVar()) {
                uses.add(new Part.ClosureUse(b.span(v), b.variable(v.VARIABLE()), v.AMP() != null));
            }
        }
        return new Expr.Closure(b.span(ctx), attributes(ctx.attributes()), ctx.STATIC() != null, ctx.AMP() != null,
                params(ctx.parameterList()), uses, returnType(ctx.returnType()), b.stmts.block(ctx.block()));
    }

    Expr arrowFunction(ArrowFunctionPrimaryContext ctx) {
        return new Expr.ArrowFunction(b.span(ctx), attributes(ctx.attributes()), ctx.STATIC() != null,
                ctx.AMP() != null, params(ctx.parameterList()), returnType(ctx.returnType()), expr(ctx.expr()));
    }

    private List<Name> names(NameListContext ctx) {
        List<Name> out = new ArrayList<>();
        if (ctx != null) {
            for (NameContext n : ctx.name()) {
                out.add(b.name(n));
            }
        }
        return out;
    }

    private static Modifiers classModifiers(List<ClassModifierContext> list) {
        int bits = 0;
        for (ClassModifierContext m : list) {
            bits |= Modifiers.flagOf(m.getText());
        }
        return new Modifiers(bits);
    }

    private static Modifiers modifiers(List<MemberModifierContext> list) {
        int bits = 0;
        for (MemberModifierContext m : list) {
            bits |= Modifiers.flagOf(m.getText());
        }
        return new Modifiers(bits);
    }

    List<Part.ConstItem> constItems(List<ConstItemContext> list) {
        List<Part.ConstItem> out = new ArrayList<>(list.size());
        for (ConstItemContext c : list) {
            out.add(new Part.ConstItem(b.span(c), b.identifier(c.identifier()), expr(c.expr())));
        }
        return out;
    }

    // ------------------------------------------------------------------ members

    private List<Member> members(ClassBodyContext body) {
        List<Member> out = new ArrayList<>();
        if (body == null) {
            return out;
        }
        for (MemberContext m : body.member()) {
            Member member = member(m);
            if (member != null) {
                out.add(member);
            }
        }
        return out;
    }

    private Member member(MemberContext ctx) {
        Span span = b.span(ctx);
        if (ctx instanceof TraitUseMemberContext t) {
            return traitUse(t, span);
        }
        DeclarationMemberContext d = (DeclarationMemberContext) ctx;
        MemberBodyContext body = d.memberBody();
        if (body == null) {
            return null;
        }
        List<Part.AttributeGroup> attributes = attributes(d.attributes());
        Modifiers mods = modifiers(d.memberModifier());
        Token declStart = d.memberModifier().isEmpty() ? body.getStart() : d.memberModifier(0).getStart();
        String doc = b.docComment(d.attributes() != null ? d.attributes().getStart() : declStart, declStart);
        if (body instanceof MethodBodyContext m) {
            List<argus.ast.Stmt> stmts = m.block() == null ? null : b.stmts.block(m.block());
            return new Member.Method(span, doc, attributes, mods, b.identifier(m.identifier()), m.AMP() != null,
                    params(m.parameterList()), returnType(m.returnType()), stmts);
        }
        if (body instanceof ConstBodyContext c) {
            return new Member.ClassConst(span, doc, attributes, mods, c.type() == null ? null : type(c.type()),
                    constItems(c.constItem()));
        }
        if (body instanceof PropertyBodyContext p) {
            List<Part.PropertyItem> items = new ArrayList<>();
            for (PropertyItemContext item : p.propertyItem()) {
                items.add(new Part.PropertyItem(b.span(item), b.variableIdentifier(item.VARIABLE()),
                        optionalExpr(item.expr())));
            }
            return new Member.Property(span, doc, attributes, mods, p.type() == null ? null : type(p.type()), items,
                    hooks(p.propertyHooks()));
        }
        EnumCaseBodyContext e = (EnumCaseBodyContext) body;
        return new Member.EnumCase(span, doc, attributes, b.identifier(e.identifier()), optionalExpr(e.expr()));
    }

    private Member traitUse(TraitUseMemberContext ctx, Span span) {
        List<Part> rules = new ArrayList<>();
        for (TraitRuleContext r : ctx.traitRule()) {
            if (r instanceof InsteadofRuleContext i) {
                TraitMethodRefContext ref = i.traitMethodRef();
                rules.add(new Part.TraitInsteadof(b.span(i), ref.name() == null ? null : b.name(ref.name()),
                        b.identifier(ref.identifier()), names(i.nameList())));
            } else if (r instanceof AliasRuleContext a) {
                TraitMethodRefContext ref = a.traitMethodRef();
                Modifiers mods = a.memberModifier() == null ? Modifiers.NONE
                        : new Modifiers(Modifiers.flagOf(a.memberModifier().getText()));
                Identifier alias = a.identifier() == null ? null : b.identifier(a.identifier());
                rules.add(new Part.TraitAlias(b.span(a), ref.name() == null ? null : b.name(ref.name()),
                        b.identifier(ref.identifier()), mods, alias));
            }
        }
        return new Member.TraitUse(span, names(ctx.nameList()), rules);
    }

    private List<Part.PropertyHook> hooks(PropertyHooksContext ctx) {
        List<Part.PropertyHook> out = new ArrayList<>();
        if (ctx == null) {
            return out;
        }
        for (PropertyHookContext h : ctx.propertyHook()) {
            List<Part.Param> params = h.LPAREN() == null ? null : params(h.parameterList());
            Expr exprBody = h.DOUBLE_ARROW() != null ? expr(h.expr()) : null;
            List<argus.ast.Stmt> body = h.block() == null ? null : b.stmts.block(h.block());
            out.add(new Part.PropertyHook(b.span(h), attributes(h.attributes()), modifiers(h.memberModifier()),
                    h.AMP() != null, b.identifier(h.identifier()), params, exprBody, body));
        }
        return out;
    }

    // ------------------------------------------------------------------ parameters and types

    List<Part.Param> params(ParameterListContext ctx) {
        List<Part.Param> out = new ArrayList<>();
        if (ctx == null) {
            return out;
        }
        for (ParameterContext p : ctx.parameter()) {
            Identifier name = p.VARIABLE() == null ? new Identifier(b.span(p), "") : b.variableIdentifier(p.VARIABLE());
            out.add(new Part.Param(b.span(p), attributes(p.attributes()), modifiers(p.memberModifier()),
                    p.type() == null ? null : type(p.type()), p.AMP() != null, p.ELLIPSIS() != null, name,
                    optionalExpr(p.expr()), hooks(p.propertyHooks())));
        }
        return out;
    }

    private TypeHint returnType(ReturnTypeContext ctx) {
        return ctx == null || ctx.type() == null ? null : type(ctx.type());
    }

    TypeHint type(TypeContext ctx) {
        if (ctx == null) {
            return null;
        }
        Span span = b.span(ctx);
        if (ctx instanceof NullableTypeContext n) {
            return new TypeHint.Nullable(span, atomic(n.atomicType()));
        }
        List<TypeTermContext> terms = ((UnionTypeContext) ctx).typeTerm();
        if (terms.size() == 1) {
            return term(terms.get(0));
        }
        List<TypeHint> types = new ArrayList<>();
        for (TypeTermContext t : terms) {
            types.add(term(t));
        }
        return new TypeHint.Union(span, types);
    }

    private TypeHint term(TypeTermContext ctx) {
        List<AtomicTypeContext> atoms = ctx.atomicType();
        if (atoms.size() == 1 && ctx.LPAREN() == null) {
            return atomic(atoms.get(0));
        }
        List<TypeHint> types = new ArrayList<>();
        for (AtomicTypeContext a : atoms) {
            types.add(atomic(a));
        }
        return new TypeHint.Intersection(b.span(ctx), types);
    }

    private TypeHint atomic(AtomicTypeContext ctx) {
        if (ctx == null) {
            return new TypeHint.Named(Span.NONE, new Name(Span.NONE, "mixed", Name.Kind.UNQUALIFIED));
        }
        Name name = ctx.name() != null ? b.name(ctx.name())
                : new Name(b.span(ctx), ctx.getText(), Name.Kind.UNQUALIFIED);
        return new TypeHint.Named(b.span(ctx), name);
    }

    List<Part.AttributeGroup> attributes(AttributesContext ctx) {
        if (ctx == null) {
            return List.of();
        }
        List<Part.AttributeGroup> groups = new ArrayList<>();
        for (AttributeGroupContext g : ctx.attributeGroup()) {
            List<Part.Attribute> attrs = new ArrayList<>();
            for (AttributeContext a : g.attribute()) {
                attrs.add(new Part.Attribute(b.span(a), b.name(a.name()), b.exprs.arguments(a.arguments())));
            }
            groups.add(new Part.AttributeGroup(b.span(g), attrs));
        }
        return groups;
    }
}
