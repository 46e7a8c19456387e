package argus.ast;

import argus.source.Span;
import java.util.List;

/**
 * Statements. Bodies are statement lists whether written with braces, without, or in the
 * alternative syntax (`if: ... endif;`); empty statements (`;`, a bare `?>`) are dropped.
 */
public sealed interface Stmt extends Node {

    enum UseKind { NORMAL, FUNCTION, CONST }

    enum ClassKind { CLASS, INTERFACE, TRAIT, ENUM }

    record ExprStmt(Span span, Expr expr) implements Stmt {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitExprStmt(this); }
    }

    /** `echo a, b;` or `<?= a ?>` (shortTag). */
    record Echo(Span span, List<Expr> exprs, boolean shortTag) implements Stmt {
        public Echo { exprs = List.copyOf(exprs); }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitEcho(this); }
    }

    /** Text outside `<?php ... ?>`, printed as is. */
    record InlineHtml(Span span, String text) implements Stmt {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitInlineHtml(this); }
    }

    /** A bare `{ ... }` block. */
    record Block(Span span, List<Stmt> body) implements Stmt {
        public Block { body = List.copyOf(body); }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitBlock(this); }
    }

    /** otherwise is null without `else`; `else if` is an else holding one If. */
    record If(Span span, Expr cond, List<Stmt> then, List<Part.ElseIf> elseIfs, List<Stmt> otherwise)
            implements Stmt {
        public If {
            then = List.copyOf(then);
            elseIfs = List.copyOf(elseIfs);
            otherwise = otherwise == null ? null : List.copyOf(otherwise);
        }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitIf(this); }
    }

    record While(Span span, Expr cond, List<Stmt> body) implements Stmt {
        public While { body = List.copyOf(body); }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitWhile(this); }
    }

    record DoWhile(Span span, List<Stmt> body, Expr cond) implements Stmt {
        public DoWhile { body = List.copyOf(body); }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitDoWhile(this); }
    }

    record For(Span span, List<Expr> init, List<Expr> cond, List<Expr> step, List<Stmt> body) implements Stmt {
        public For {
            init = List.copyOf(init);
            cond = List.copyOf(cond);
            step = List.copyOf(step);
            body = List.copyOf(body);
        }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitFor(this); }
    }

    /** key nullable; value may be a {@link Expr.ListLit}. */
    record Foreach(Span span, Expr subject, Expr key, Expr value, boolean byRef, List<Stmt> body) implements Stmt {
        public Foreach { body = List.copyOf(body); }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitForeach(this); }
    }

    record Switch(Span span, Expr subject, List<Part.Case> cases) implements Stmt {
        public Switch { cases = List.copyOf(cases); }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitSwitch(this); }
    }

    /** levels nullable (`break;`). */
    record Break(Span span, Expr levels) implements Stmt {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitBreak(this); }
    }

    record Continue(Span span, Expr levels) implements Stmt {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitContinue(this); }
    }

    /** value nullable. */
    record Return(Span span, Expr value) implements Stmt {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitReturn(this); }
    }

    record Global(Span span, List<Expr> vars) implements Stmt {
        public Global { vars = List.copyOf(vars); }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitGlobal(this); }
    }

    /** `static $a = 1, $b;` inside a function. */
    record StaticVars(Span span, List<Part.StaticVar> vars) implements Stmt {
        public StaticVars { vars = List.copyOf(vars); }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitStaticVars(this); }
    }

    record Unset(Span span, List<Expr> vars) implements Stmt {
        public Unset { vars = List.copyOf(vars); }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitUnset(this); }
    }

    /** finallyBody null without `finally`. */
    record Try(Span span, List<Stmt> body, List<Part.Catch> catches, List<Stmt> finallyBody) implements Stmt {
        public Try {
            body = List.copyOf(body);
            catches = List.copyOf(catches);
            finallyBody = finallyBody == null ? null : List.copyOf(finallyBody);
        }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitTry(this); }
    }

    /** body null for `declare(strict_types=1);`. */
    record Declare(Span span, List<Part.DeclareItem> items, List<Stmt> body) implements Stmt {
        public Declare {
            items = List.copyOf(items);
            body = body == null ? null : List.copyOf(body);
        }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitDeclare(this); }
    }

    record Goto(Span span, Identifier label) implements Stmt {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitGoto(this); }
    }

    record Label(Span span, Identifier name) implements Stmt {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitLabel(this); }
    }

    /**
     * A namespace with the statements it covers: `namespace A { ... }` (braced) or
     * `namespace A;` followed by everything up to the next namespace. name null for the
     * global namespace `namespace { ... }`.
     */
    record Namespace(Span span, Name name, List<Stmt> body, boolean braced) implements Stmt {
        public Namespace { body = List.copyOf(body); }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitNamespace(this); }
    }

    /** `use A\B as C, D;`; a group use `use A\{B, function c}` is flattened into full names. */
    record Use(Span span, UseKind kind, List<Part.UseItem> items) implements Stmt {
        public Use { items = List.copyOf(items); }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitUse(this); }
    }

    /** Top-level `const A = 1, B = 2;`. */
    record Const(Span span, String docComment, List<Part.ConstItem> items) implements Stmt {
        public Const { items = List.copyOf(items); }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitConst(this); }
    }

    /** `__halt_compiler();`: the file's data starts at dataOffset. */
    record HaltCompiler(Span span, int dataOffset) implements Stmt {
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitHaltCompiler(this); }
    }

    /** returnType nullable. */
    record FunctionDecl(Span span, String docComment, List<Part.AttributeGroup> attributes, Identifier name,
                        boolean byRef, List<Part.Param> params, TypeHint returnType, List<Stmt> body)
            implements Stmt, Decl {
        public FunctionDecl {
            attributes = List.copyOf(attributes);
            params = List.copyOf(params);
            body = List.copyOf(body);
        }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitFunctionDecl(this); }
    }

    /**
     * class, interface, trait or enum. name null for an anonymous class; parent null
     * without `extends`; for interfaces `extends` lists go to {@code interfaces};
     * enumBackingType null unless `enum E: string`.
     */
    record ClassLike(Span span, String docComment, List<Part.AttributeGroup> attributes, ClassKind kind,
                     Modifiers modifiers, Identifier name, Name parent, List<Name> interfaces,
                     TypeHint enumBackingType, List<Member> members) implements Stmt, Decl {
        public ClassLike {
            attributes = List.copyOf(attributes);
            interfaces = List.copyOf(interfaces);
            members = List.copyOf(members);
        }
        @Override public <R> R accept(AstVisitor<R> v) { return v.visitClassLike(this); }
    }
}
