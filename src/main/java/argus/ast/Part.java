package argus.ast;

import argus.source.Span;
import java.util.List;

/** The pieces that only occur inside other nodes: arguments, parameters, arms, clauses. */
public sealed interface Part extends Node {

    /** name non-null for a named argument; unpack for `...$args`. */
    record Arg(Span span, Identifier name, Expr value, boolean unpack) implements Part {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitArg(this); }
    }

    /** key nullable; value null only for a skipped destructuring slot `[, $b]`. */
    record ArrayItem(Span span, Expr key, Expr value, boolean byRef, boolean unpack) implements Part {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitArrayItem(this); }
    }

    /**
     * A parameter; modifiers make it a promoted constructor property. name has no `$`;
     * type and defaultValue nullable.
     */
    record Param(Span span, List<AttributeGroup> attributes, Modifiers modifiers, TypeHint type, boolean byRef,
                 boolean variadic, Identifier name, Expr defaultValue, List<PropertyHook> hooks) implements Part {
        public Param {
            attributes = List.copyOf(attributes);
            hooks = List.copyOf(hooks);
        }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitParam(this); }
    }

    record AttributeGroup(Span span, List<Attribute> attributes) implements Part {
        public AttributeGroup { attributes = List.copyOf(attributes); }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitAttributeGroup(this); }
    }

    record Attribute(Span span, Name name, List<Arg> args) implements Part {
        public Attribute { args = List.copyOf(args); }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitAttribute(this); }
    }

    /** conditions empty for `default`. */
    record MatchArm(Span span, List<Expr> conditions, Expr body) implements Part {
        public MatchArm { conditions = List.copyOf(conditions); }
        public boolean isDefault() { return conditions.isEmpty(); }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitMatchArm(this); }
    }

    /** var null for `catch (E)` (8.0). */
    record Catch(Span span, List<Name> types, Expr.Variable var, List<Stmt> body) implements Part {
        public Catch {
            types = List.copyOf(types);
            body = List.copyOf(body);
        }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitCatch(this); }
    }

    record ElseIf(Span span, Expr cond, List<Stmt> body) implements Part {
        public ElseIf { body = List.copyOf(body); }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitElseIf(this); }
    }

    /** cond null for `default:`. */
    record Case(Span span, Expr cond, List<Stmt> body) implements Part {
        public Case { body = List.copyOf(body); }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitCase(this); }
    }

    /** alias nullable. */
    record UseItem(Span span, Stmt.UseKind kind, Name name, Identifier alias) implements Part {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitUseItem(this); }
    }

    record ConstItem(Span span, Identifier name, Expr value) implements Part {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitConstItem(this); }
    }

    /** name without `$`; defaultValue nullable. */
    record PropertyItem(Span span, Identifier name, Expr defaultValue) implements Part {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitPropertyItem(this); }
    }

    /**
     * `get => expr;`, `set(string $v) { ... }`, or abstract `get;`: at most one of
     * exprBody and body is non-null; params null when none are written.
     */
    record PropertyHook(Span span, List<AttributeGroup> attributes, Modifiers modifiers, boolean byRef,
                        Identifier name, List<Param> params, Expr exprBody, List<Stmt> body) implements Part {
        public PropertyHook {
            attributes = List.copyOf(attributes);
            params = params == null ? null : List.copyOf(params);
            body = body == null ? null : List.copyOf(body);
        }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitPropertyHook(this); }
    }

    /** init nullable. */
    record StaticVar(Span span, Expr.Variable var, Expr init) implements Part {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitStaticVar(this); }
    }

    record ClosureUse(Span span, Expr.Variable var, boolean byRef) implements Part {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitClosureUse(this); }
    }

    /** `[T::]m as [visibility] [alias];`: trait, modifiers and alias may be absent (null / NONE). */
    record TraitAlias(Span span, Name trait, Identifier method, Modifiers modifiers, Identifier alias)
            implements Part {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitTraitAlias(this); }
    }

    /** `T::m insteadof U, V;`. */
    record TraitInsteadof(Span span, Name trait, Identifier method, List<Name> insteadOf) implements Part {
        public TraitInsteadof { insteadOf = List.copyOf(insteadOf); }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitTraitInsteadof(this); }
    }

    record DeclareItem(Span span, Identifier key, Expr value) implements Part {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitDeclareItem(this); }
    }
}
