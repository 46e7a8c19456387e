package argus.parse;

import argus.parse.antlr.PhpLexer;
import java.util.Locale;
import org.antlr.v4.runtime.Vocabulary;

/**
 * How to write an expected token in a message. The lexer is case-insensitive, so ANTLR
 * records no literal names; keywords are their lower-cased rule names, punctuation comes
 * from this table.
 */
final class TokenNames {
    private TokenNames() {
    }

    static String expected(int type, Vocabulary vocabulary) {
        String literal = vocabulary.getLiteralName(type);
        if (literal != null) {
            return literal;
        }
        String text = punctuation(type);
        if (text != null) {
            return "'" + text + "'";
        }
        String symbolic = vocabulary.getSymbolicName(type);
        return symbolic == null ? "token " + type : "'" + symbolic.toLowerCase(Locale.ROOT) + "'";
    }

    private static String punctuation(int type) {
        return switch (type) {
            case PhpLexer.SEMI -> ";";
            case PhpLexer.COLON -> ":";
            case PhpLexer.COMMA -> ",";
            case PhpLexer.DOT -> ".";
            case PhpLexer.LBRACKET -> "[";
            case PhpLexer.RBRACKET -> "]";
            case PhpLexer.LPAREN -> "(";
            case PhpLexer.RPAREN -> ")";
            case PhpLexer.LBRACE -> "{";
            case PhpLexer.RBRACE -> "}";
            case PhpLexer.ASSIGN -> "=";
            case PhpLexer.DOUBLE_ARROW -> "=>";
            case PhpLexer.ARROW -> "->";
            case PhpLexer.DOUBLE_COLON -> "::";
            case PhpLexer.QUESTION -> "?";
            case PhpLexer.BAR -> "|";
            case PhpLexer.AMP -> "&";
            case PhpLexer.ELLIPSIS -> "...";
            case PhpLexer.DOLLAR -> "$";
            case PhpLexer.ATTR_START -> "#[";
            case PhpLexer.CLOSE_TAG -> "?>";
            default -> null;
        };
    }
}
