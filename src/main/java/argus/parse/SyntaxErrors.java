package argus.parse;

import argus.ast.SyntaxError;
import argus.parse.antlr.PhpLexer;
import argus.source.SourceFile;
import argus.source.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Collects the syntax errors of one file and words them the way PHP programmers read them. */
final class SyntaxErrors {
    private static final int MAX_ERRORS = 50;
    private final SourceFile source;
    private final List<SyntaxError> errors = new ArrayList<>();

    SyntaxErrors(SourceFile source) {
        this.source = source;
    }

    boolean any() {
        return !errors.isEmpty();
    }

    List<SyntaxError> sorted() {
        List<SyntaxError> out = new ArrayList<>(errors);
        out.sort(Comparator.comparingInt((SyntaxError e) -> e.span().start()).thenComparing(SyntaxError::message));
        return out;
    }

    void add(Span span, String message) {
        // Recovery often reports the same token twice; the first report is the useful one.
        if (!errors.isEmpty() && errors.get(errors.size() - 1).span().start() == span.start()) {
            return;
        }
        if (errors.size() < MAX_ERRORS) {
            errors.add(new SyntaxError(span, message));
        }
    }

    void at(Token token, String message) {
        add(Spans.of(source, token), message);
    }

    void unexpected(Token token, IntervalSet expected, Vocabulary vocabulary, TokenStream tokens) {
        String brace = braceProblem(token, tokens);
        if (brace != null) {
            at(token, brace);
            return;
        }
        String message = "unexpected " + describe(token);
        String wanted = describeExpected(expected, vocabulary, token, previous(token, tokens));
        at(token, wanted == null ? message : message + ", expected " + wanted);
    }

    private static Token previous(Token token, TokenStream tokens) {
        if (tokens == null) {
            return null;
        }
        for (int i = Math.min(token.getTokenIndex(), tokens.size()) - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                return t;
            }
        }
        return null;
    }

    private static boolean endsOperand(int type) {
        switch (type) {
            case PhpLexer.VARIABLE, PhpLexer.NAME, PhpLexer.QUALIFIED_NAME, PhpLexer.LNUMBER, PhpLexer.DNUMBER,
                 PhpLexer.SQ_STRING, PhpLexer.DQ_STRING, PhpLexer.DQ_END, PhpLexer.HEREDOC_END, PhpLexer.NOWDOC,
                 PhpLexer.BACKTICK, PhpLexer.RPAREN, PhpLexer.RBRACKET, PhpLexer.RBRACE, PhpLexer.INC, PhpLexer.DEC,
                 PhpLexer.BREAK, PhpLexer.CONTINUE, PhpLexer.RETURN, PhpLexer.EXIT, PhpLexer.STATIC:
                return true;
            default:
                return false;
        }
    }

    /**
     * PHP's own wording for unbalanced braces: at the end of the file, the innermost `{`
     * still open; at a `}`, that nothing is open.
     */
    private static String braceProblem(Token token, TokenStream tokens) {
        if (tokens == null || token.getType() != Token.EOF && token.getType() != PhpLexer.RBRACE) {
            return null;
        }
        java.util.ArrayDeque<Token> open = new java.util.ArrayDeque<>();
        int end = Math.min(token.getTokenIndex(), tokens.size());
        for (int i = 0; i < end; i++) {
            Token t = tokens.get(i);
            switch (t.getType()) {
                case PhpLexer.LBRACE, PhpLexer.DQ_CURLY_OPEN, PhpLexer.DQ_DOLLAR_CURLY -> open.push(t);
                case PhpLexer.RBRACE -> open.poll();
                default -> { }
            }
        }
        if (token.getType() == Token.EOF) {
            return open.isEmpty() ? null : "unclosed '{' on line " + open.peek().getLine();
        }
        return open.isEmpty() ? "unmatched '}'" : null;
    }

    BaseErrorListener lexerListener() {
        return new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int col, String msg,
                                    RecognitionException e) {
                int offset = source.lines().lineStart(line) + col;
                int end = Math.min(offset + 1, source.length());
                String message = msg.startsWith("token recognition error") ? "unexpected character" : msg;
                add(new Span(offset, end, line, col + 1, line, col + 2), message);
            }
        };
    }

    /** How PHP names a token in its messages: `'}'`, `identifier "foo"`, `end of file`. */
    static String describe(Token t) {
        int type = t.getType();
        String text = t.getText();
        if (type == Token.EOF) {
            return "end of file";
        }
        if (text != null && text.length() > 30) {
            text = text.substring(0, 27) + "...";
        }
        return switch (type) {
            case PhpLexer.VARIABLE -> "variable \"" + text + "\"";
            case PhpLexer.NAME, PhpLexer.QUALIFIED_NAME, PhpLexer.NAME_PREFIX -> "identifier \"" + text + "\"";
            case PhpLexer.LNUMBER -> "integer \"" + text + "\"";
            case PhpLexer.DNUMBER -> "number \"" + text + "\"";
            case PhpLexer.SQ_STRING, PhpLexer.DQ_STRING, PhpLexer.NOWDOC -> "string " + text;
            case PhpLexer.DQ_START, PhpLexer.HEREDOC_START -> "start of string";
            case PhpLexer.INLINE_HTML -> "inline HTML";
            case PhpLexer.CLOSE_TAG -> "'?>'";
            case PhpLexer.OPEN_TAG_ECHO -> "'<?='";
            case PhpLexer.UNEXPECTED_CHAR -> text.equals("'") || text.equals("\"")
                    ? "unterminated string" : "character " + charName(text);
            default -> "'" + text.trim() + "'";
        };
    }

    private static String charName(String text) {
        char c = text.isEmpty() ? 0 : text.charAt(0);
        return c < 0x20 || c >= 0x7F ? String.format("0x%02X", (int) c) : "'" + c + "'";
    }

    /** Tokens that close a block; when one of them is expected at a statement start, name it. */
    private static final int[] CLOSERS = {
        PhpLexer.RBRACE, PhpLexer.ELSEIF, PhpLexer.ELSE, PhpLexer.ENDIF, PhpLexer.ENDWHILE, PhpLexer.ENDFOR,
        PhpLexer.ENDFOREACH, PhpLexer.ENDSWITCH, PhpLexer.ENDDECLARE, PhpLexer.CASE, PhpLexer.DEFAULT
    };

    /**
     * The expected tokens, when they help: "';'" after an unfinished statement, the closers
     * (`endif`, `}`) where a statement could start, or up to three others.
     */
    private static String describeExpected(IntervalSet expected, Vocabulary vocabulary, Token offending,
                                           Token previous) {
        if (expected == null || expected.isNil() || expected.contains(offending.getType())) {
            return null;
        }
        boolean statementStart = expected.contains(PhpLexer.ECHO);
        if (statementStart) {
            List<String> closers = new ArrayList<>();
            for (int type : CLOSERS) {
                if (expected.contains(type) && type != PhpLexer.RBRACE) {
                    closers.add(expectedName(type, vocabulary));
                }
            }
            return closers.isEmpty() || closers.size() > 3 ? null : String.join(" or ", closers);
        }
        if (expected.contains(PhpLexer.SEMI)) {
            // After an operator the expression is unfinished: a ';' would not help.
            return previous != null && endsOperand(previous.getType()) ? "';'" : null;
        }
        List<Integer> types = expected.toList();
        if (types.size() > 3) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (int type : types) {
            names.add(expectedName(type, vocabulary));
        }
        return String.join(" or ", names);
    }

    private static String expectedName(int type, Vocabulary vocabulary) {
        return switch (type) {
            case Token.EOF -> "end of file";
            case PhpLexer.VARIABLE -> "variable";
            case PhpLexer.NAME, PhpLexer.QUALIFIED_NAME -> "identifier";
            case PhpLexer.CLOSE_TAG -> "'?>'";
            default -> TokenNames.expected(type, vocabulary);
        };
    }
}
