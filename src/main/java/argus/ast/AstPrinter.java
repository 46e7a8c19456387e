package argus.ast;

import java.util.List;

/**
 * Turns an AST back into PHP source whose parse is the same tree, spans aside: the
 * property {@code dump(parse(print(parse(x)))) == dump(parse(x))}. Correctness over
 * beauty: compound operands are always parenthesized (see {@link PrinterBase}), bodies
 * always take braces (so `else if` stays an else holding an if, and no else dangles), and
 * every flag the tree keeps is written back: string kinds, `<?=`, `array()` versus `[]`,
 * `die` versus `exit`, number spellings, docblocks.
 *
 * <p>The output uses the AST's convention of one char per source byte; encode it with
 * ISO-8859-1 to get the bytes.
 *
 * <p>The printer tracks whether it is inside {@code <?php} or in inline HTML, because
 * {@link Stmt.InlineHtml} and {@code <?=} echoes can occur in any statement list: it
 * closes the tag before HTML and reopens it before the next PHP token.
 */
public final class AstPrinter extends DeclPrinter {
    /** False while the output ends in inline HTML (or at the very start). */
    private boolean inPhp;

    private AstPrinter() {
    }

    public static String print(List<Stmt> statements) {
        AstPrinter p = new AstPrinter();
        p.statements(statements);
        if (p.inPhp) {
            p.out.append('\n');
        }
        return p.out.toString();
    }

    /** Prints any node on its own, after an open tag; for tests and debugging. */
    static String printNode(Node node) {
        AstPrinter p = new AstPrinter();
        if (node instanceof Stmt s) {
            p.statements(List.of(s));
        } else {
            p.nl();
            node.accept(p);
        }
        return p.out.append('\n').toString();
    }

    // ------------------------------------------------------------------ layout and modes

    /** A new line; after inline HTML that means reopening PHP, which starts a line anyway. */
    @Override void nl() {
        if (inPhp) {
            out.append('\n');
        } else {
            out.append("<?php\n");
            inPhp = true;
        }
        out.append("    ".repeat(indent));
    }

    private void statements(List<Stmt> statements) {
        for (Stmt s : statements) {
            // These two place their own tags and must not be preceded by whitespace in HTML.
            if (!(s instanceof Stmt.InlineHtml) && !(s instanceof Stmt.Echo e && e.shortTag())) {
                nl();
            }
            s.accept(this);
        }
    }

    @Override void block(List<Stmt> body) {
        out.append(" {");
        indent++;
        statements(body);
        indent--;
        nl();
        out.append('}');
    }

    /**
     * `?>` swallows one newline after it, so text starting with a newline gets an extra
     * one. Two HTML statements in a row are kept apart by an empty `<?php ?>`.
     */
    @Override public Void visitInlineHtml(Stmt.InlineHtml node) {
        if (!inPhp && out.length() > 0) {
            out.append("<?php\n");
            inPhp = true;
        }
        if (inPhp) {
            out.append("?>");
            if (node.text().startsWith("\n") || node.text().startsWith("\r")) {
                out.append('\n');
            }
        }
        out.append(node.text());
        inPhp = false;
        return null;
    }

    /** `<?= a, b;` reopens PHP with the echo tag, so the next statement follows in code. */
    @Override public Void visitEcho(Stmt.Echo node) {
        if (node.shortTag()) {
            out.append(inPhp ? "?><?= " : "<?= ");
            inPhp = true;
        } else {
            out.append("echo ");
        }
        exprList(node.exprs());
        out.append(';');
        return null;
    }

    /** `if (cond)`: inside syntax parentheses, so the condition needs none of its own. */
    private void cond(String keyword, Expr cond) {
        out.append(keyword).append(" (");
        top(cond);
        out.append(')');
    }

    // ------------------------------------------------------------------ simple statements

    /** A closure statement is parenthesized so that it cannot read as a function declaration. */
    @Override public Void visitExprStmt(Stmt.ExprStmt node) {
        if (node.expr() instanceof Expr.Closure) {
            paren(node.expr());
        } else {
            expr(node.expr());
        }
        out.append(';');
        return null;
    }

    @Override public Void visitBlock(Stmt.Block node) {
        out.append('{');
        indent++;
        statements(node.body());
        indent--;
        nl();
        out.append('}');
        return null;
    }

    @Override public Void visitBreak(Stmt.Break node) { jump("break", node.levels()); return null; }
    @Override public Void visitContinue(Stmt.Continue node) { jump("continue", node.levels()); return null; }
    @Override public Void visitReturn(Stmt.Return node) { jump("return", node.value()); return null; }

    private void jump(String keyword, Expr operand) {
        out.append(keyword);
        if (operand != null) {
            out.append(' ');
            top(operand);
        }
        out.append(';');
    }

    @Override public Void visitGlobal(Stmt.Global node) { targets("global ", node.vars(), ";"); return null; }
    @Override public Void visitUnset(Stmt.Unset node) { targets("unset(", node.vars(), ");"); return null; }

    @Override public Void visitStaticVars(Stmt.StaticVars node) {
        out.append("static ");
        join(node.vars(), ", ");
        out.append(';');
        return null;
    }

    @Override public Void visitGoto(Stmt.Goto node) {
        out.append("goto ").append(node.label().name()).append(';');
        return null;
    }

    @Override public Void visitLabel(Stmt.Label node) { out.append(node.name().name()).append(':'); return null; }

    @Override public Void visitConst(Stmt.Const node) {
        header(node.docComment(), List.of());
        out.append("const ");
        join(node.items(), ", ");
        out.append(';');
        return null;
    }

    /** Must be last: the lexer reads everything after `__halt_compiler();` as data. */
    @Override public Void visitHaltCompiler(Stmt.HaltCompiler node) { out.append("__halt_compiler();"); return null; }

    // ------------------------------------------------------------------ control flow

    @Override public Void visitIf(Stmt.If node) {
        cond("if", node.cond());
        block(node.then());
        for (Part.ElseIf elseIf : node.elseIfs()) {
            out.append(' ');
            elseIf.accept(this);
        }
        if (node.otherwise() != null) {
            out.append(" else");
            block(node.otherwise());
        }
        return null;
    }

    @Override public Void visitElseIf(Part.ElseIf node) {
        cond("elseif", node.cond());
        block(node.body());
        return null;
    }

    @Override public Void visitWhile(Stmt.While node) { cond("while", node.cond()); block(node.body()); return null; }

    @Override public Void visitDoWhile(Stmt.DoWhile node) {
        out.append("do");
        block(node.body());
        out.append(' ');
        cond("while", node.cond());
        out.append(';');
        return null;
    }

    @Override public Void visitFor(Stmt.For node) {
        out.append("for (");
        exprList(node.init());
        out.append("; ");
        exprList(node.cond());
        out.append("; ");
        exprList(node.step());
        out.append(')');
        block(node.body());
        return null;
    }

    @Override public Void visitForeach(Stmt.Foreach node) {
        out.append("foreach (");
        top(node.subject());
        out.append(" as ");
        if (node.key() != null) {
            target(node.key());
            out.append(" => ");
        }
        out.append(node.byRef() ? "&" : "");
        target(node.value());
        out.append(')');
        block(node.body());
        return null;
    }

    @Override public Void visitSwitch(Stmt.Switch node) {
        cond("switch", node.subject());
        out.append(" {");
        indent++;
        for (Part.Case c : node.cases()) {
            nl();
            c.accept(this);
        }
        indent--;
        nl();
        out.append('}');
        return null;
    }

    @Override public Void visitCase(Part.Case node) {
        if (node.cond() == null) {
            out.append("default:");
        } else {
            out.append("case ");
            top(node.cond());
            out.append(':');
        }
        indent++;
        statements(node.body());
        indent--;
        return null;
    }

    @Override public Void visitTry(Stmt.Try node) {
        out.append("try");
        block(node.body());
        for (Part.Catch c : node.catches()) {
            out.append(' ');
            c.accept(this);
        }
        if (node.finallyBody() != null) {
            out.append(" finally");
            block(node.finallyBody());
        }
        return null;
    }

    @Override public Void visitCatch(Part.Catch node) {
        out.append("catch (");
        for (int i = 0; i < node.types().size(); i++) {
            out.append(i > 0 ? " | " : "").append(node.types().get(i).written());
        }
        if (node.var() != null) {
            out.append(' ');
            expr(node.var());
        }
        out.append(')');
        block(node.body());
        return null;
    }

    @Override public Void visitDeclare(Stmt.Declare node) {
        out.append("declare(");
        join(node.items(), ", ");
        out.append(')');
        if (node.body() == null) {
            out.append(';');
        } else {
            block(node.body());
        }
        return null;
    }

    // ------------------------------------------------------------------ namespaces and imports

    /** Unbraced: `namespace A;` then its statements, which run up to the next namespace. */
    @Override public Void visitNamespace(Stmt.Namespace node) {
        out.append("namespace");
        if (node.name() != null) {
            out.append(' ').append(node.name().written());
        }
        if (node.braced()) {
            block(node.body());
        } else {
            out.append(';');
            statements(node.body());
        }
        return null;
    }

    /**
     * Items whose kind is the statement's print as a plain list. A flattened group use
     * that mixed kinds (`use A\{B, function c}`) cannot be written that way, so it is
     * regrouped under the items' longest common namespace prefix.
     */
    @Override public Void visitUse(Stmt.Use node) {
        out.append("use ").append(useKeyword(node.kind()));
        boolean mixed = node.items().stream().anyMatch(item -> item.kind() != node.kind());
        int prefix = mixed ? commonPrefix(node.items()) : 0;
        if (prefix > 0) {
            Name first = node.items().get(0).name();
            String written = first.written();
            int cut = written.length() - first.text().length() + prefix;
            out.append(written, 0, cut).append('{');
        }
        for (int i = 0; i < node.items().size(); i++) {
            Part.UseItem item = node.items().get(i);
            out.append(i > 0 ? ", " : "");
            if (prefix > 0 && item.kind() != node.kind()) {
                out.append(useKeyword(item.kind()));
            }
            String name = prefix > 0 ? item.name().text().substring(prefix) : item.name().written();
            useItem(name, item.alias());
        }
        out.append(prefix > 0 ? "};" : ";");
        return null;
    }

    /** Standalone (outside {@link #visitUse}), an item shows its own kind. */
    @Override public Void visitUseItem(Part.UseItem node) {
        useItem(useKeyword(node.kind()) + node.name().written(), node.alias());
        return null;
    }

    private void useItem(String name, Identifier alias) {
        out.append(name).append(alias != null ? " as " + alias.name() : "");
    }

    private static String useKeyword(Stmt.UseKind kind) {
        return switch (kind) {
            case NORMAL -> "";
            case FUNCTION -> "function ";
            case CONST -> "const ";
        };
    }

    /** Length of the longest `A\B\` prefix of every item's text that leaves each item a name. */
    private static int commonPrefix(List<Part.UseItem> items) {
        String first = items.get(0).name().text();
        int best = first.lastIndexOf('\\') + 1;
        for (Part.UseItem item : items) {
            String text = item.name().text();
            int limit = Math.min(best, text.lastIndexOf('\\') + 1);
            int i = 0;
            int lastSep = 0;
            while (i < limit && text.charAt(i) == first.charAt(i)) {
                if (text.charAt(i) == '\\') {
                    lastSep = i + 1;
                }
                i++;
            }
            best = lastSep;
        }
        return best;
    }
}
