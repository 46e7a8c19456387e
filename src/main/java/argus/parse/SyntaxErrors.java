package argus.parse;

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
        if (errors.size() < MAX_ERRORS) {
            errors.add(new SyntaxError(span, message));
        }
    }

    void at(Token token, String message) {
        add(Spans.of(source, token), message);
    }

    void unexpected(Token token, IntervalSet expected, Vocabulary vocabulary) {
        String message = "unexpected " + describe(token);
        String wanted = describeExpected(expected, vocabulary);
        at(token, wanted == null ? message : message + ", expected " + wanted);
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

    /** The expected tokens, when few enough to help: "';'" or "'(' or identifier". */
    private static String describeExpected(IntervalSet expected, Vocabulary vocabulary) {
        if (expected == null || expected.isNil()) {
            return null;
        }
        if (expected.contains(PhpLexer.SEMI)) {
            return "';'";
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
            default -> {
                String literal = vocabulary.getLiteralName(type);
                yield literal != null ? literal : vocabulary.getSymbolicName(type).toLowerCase();
            }
        };
    }
}
