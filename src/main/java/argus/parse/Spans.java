package argus.parse;

import argus.parse.antlr.PhpLexer;
import argus.source.SourceFile;
import argus.source.Span;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Spans of tokens and parse-tree nodes. Only tokens that may hold a line break need the line map. */
final class Spans {
    private Spans() {
    }

    static Span of(SourceFile source, Token t) {
        return between(source, t, t);
    }

    static Span of(SourceFile source, ParserRuleContext ctx) {
        Token stop = ctx.stop;
        if (stop == null || stop.getTokenIndex() < ctx.start.getTokenIndex() || stop.getType() == Token.EOF) {
            stop = stop != null && stop.getType() == Token.EOF && stop.getTokenIndex() > ctx.start.getTokenIndex()
                    ? stop : ctx.start;
        }
        return between(source, ctx.start, stop);
    }

    static Span between(SourceFile source, Token first, Token last) {
        int start = first.getStartIndex();
        int end = last.getType() == Token.EOF ? last.getStartIndex() : last.getStopIndex() + 1;
        if (first.getType() == Token.EOF) {
            start = Math.max(0, Math.min(start, source.length()));
        }
        end = Math.max(end, start);
        int line = first.getLine();
        int column = first.getCharPositionInLine() + 1;
        int endLine = last.getLine();
        int endColumn = last.getCharPositionInLine() + 1 + (end - last.getStartIndex());
        if (mayBreakLines(last.getType())) {
            // Count line breaks inside the token as ANTLR does (\n only), so spans agree with token lines.
            byte[] bytes = source.bytes();
            int lastBreak = -1;
            for (int i = Math.max(last.getStartIndex(), 0); i < end; i++) {
                if (bytes[i] == '\n') {
                    endLine++;
                    lastBreak = i;
                }
            }
            if (lastBreak >= 0) {
                endColumn = end - lastBreak;
            }
        }
        return new Span(start, end, line, column, endLine, endColumn);
    }

    private static boolean mayBreakLines(int type) {
        switch (type) {
            case PhpLexer.INLINE_HTML, PhpLexer.DOC_COMMENT, PhpLexer.BLOCK_COMMENT, PhpLexer.SQ_STRING,
                 PhpLexer.DQ_STRING, PhpLexer.DQ_TEXT, PhpLexer.NOWDOC, PhpLexer.HEREDOC_START,
                 PhpLexer.HEREDOC_END, PhpLexer.CLOSE_TAG, PhpLexer.OPEN_TAG, PhpLexer.YIELD_FROM,
                 PhpLexer.HALT_DATA, Token.EOF:
                return true;
            default:
                return false;
        }
    }
}
