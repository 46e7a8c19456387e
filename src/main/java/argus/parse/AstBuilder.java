package argus.parse;

import argus.ast.Expr;
import argus.ast.Identifier;
import argus.ast.Name;
import argus.ast.Stmt;
import argus.parse.antlr.PhpLexer;
import argus.parse.antlr.PhpParser;
import argus.source.SourceFile;
import argus.source.Span;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns one file's parse tree into the AST. The work is split by node family
 * ({@link ExprBuilder}, {@link StmtBuilder}, {@link DeclBuilder}); this class holds what they
 * share: spans, names, docblocks and the file's syntax errors. Parse trees recovered from
 * syntax errors may lack children; every builder turns a missing expression into
 * {@link Expr.Error} so that a broken file still yields a complete AST.
 */
final class AstBuilder {
    final SourceFile source;
    final SyntaxErrors errors;
    final ExprBuilder exprs;
    final StmtBuilder stmts;
    final DeclBuilder decls;
    private final PhpTokenStream tokens;
    /** Array literals with empty slots: legal only as destructuring targets, reported if they stay literals. */
    private final Map<Expr.ArrayLit, Span> emptySlots = new IdentityHashMap<>();
    /**
     * One string per distinct name in the file: a file names the same variables and members
     * hundreds of times, and every AST is kept until the analysis ends (fewer objects to
     * hold and for the collector to copy).
     */
    private final Map<String, String> names = new java.util.HashMap<>();

    String shared(String name) {
        String s = names.putIfAbsent(name, name);
        return s == null ? name : s;
    }

    AstBuilder(SourceFile source, PhpTokenStream tokens, SyntaxErrors errors) {
        this.source = source;
        this.tokens = tokens;
        this.errors = errors;
        this.exprs = new ExprBuilder(this);
        this.stmts = new StmtBuilder(this);
        this.decls = new DeclBuilder(this);
    }

    List<Stmt> file(PhpParser.FileContext tree) {
        List<Stmt> statements = stmts.file(tree);
        emptySlots.values().stream().sorted((a, b) -> Integer.compare(a.start(), b.start()))
                .forEach(span -> errors.add(span, "cannot use empty array elements in arrays"));
        return statements;
    }

    void markEmptySlot(Expr.ArrayLit array, Span slot) {
        emptySlots.putIfAbsent(array, slot);
    }

    void clearEmptySlot(Expr.ArrayLit array) {
        emptySlots.remove(array);
    }

    Span span(ParserRuleContext ctx) {
        return Spans.of(source, ctx);
    }

    Span span(Token token) {
        return Spans.of(source, token);
    }

    Span span(TerminalNode node) {
        return Spans.of(source, node.getSymbol());
    }

    Span between(Token first, Token last) {
        return Spans.between(source, first, last);
    }

    /** A span inside a single-line token: chars [from, to) of its text. */
    Span within(Token token, int from, int to) {
        int start = token.getStartIndex() + from;
        int column = token.getCharPositionInLine() + 1 + from;
        return new Span(start, token.getStartIndex() + to, token.getLine(), column, token.getLine(),
                column + (to - from));
    }

    /** Identifier rules are one token; reading it directly avoids ANTLR's text concatenation. */
    Identifier identifier(ParserRuleContext ctx) {
        if (ctx == null) {
            return new Identifier(Span.NONE, "");
        }
        return new Identifier(span(ctx), shared(ctx.start == ctx.stop ? ctx.start.getText() : ctx.getText()));
    }

    Identifier identifier(TerminalNode node) {
        return new Identifier(span(node), shared(node.getText()));
    }

    /** `$name` as an identifier without the dollar. */
    Identifier variableIdentifier(TerminalNode variable) {
        Token t = variable.getSymbol();
        return new Identifier(within(t, 1, t.getText().length()), shared(t.getText().substring(1)));
    }

    Expr.Variable variable(TerminalNode variable) {
        return new Expr.Variable(span(variable), shared(variable.getText().substring(1)));
    }

    Name name(PhpParser.NameContext ctx) {
        return Name.parse(span(ctx), ctx.start.getText());
    }

    Name name(TerminalNode keyword) {
        return new Name(span(keyword), keyword.getText(), Name.Kind.UNQUALIFIED);
    }

    /**
     * The docblock of a declaration: the last `/**` comment between the previous code token
     * and {@code first}, or, for attributed declarations, before the token after the attributes.
     */
    String docComment(Token first, Token afterAttributes) {
        String doc = docBefore(first);
        if (doc == null && afterAttributes != null && afterAttributes != first) {
            doc = docBefore(afterAttributes);
        }
        return doc;
    }

    private String docBefore(Token token) {
        if (token == null || token.getTokenIndex() < 0) {
            return null;
        }
        List<Token> hidden = tokens.commentsBefore(token.getTokenIndex(), PhpLexer.COMMENTS);
        for (int i = hidden.size() - 1; i >= 0; i--) {
            Token t = hidden.get(i);
            if (t.getType() == PhpLexer.DOC_COMMENT && isDocBlock(t.getText())) {
                return t.getText();
            }
        }
        return null;
    }

    /** PHP takes `/**` as a docblock only when whitespace follows. */
    private static boolean isDocBlock(String text) {
        return text.length() > 4 && Character.isWhitespace(text.charAt(3));
    }

    Expr error(ParserRuleContext around) {
        return new Expr.Error(around == null ? Span.NONE : span(around));
    }
}
