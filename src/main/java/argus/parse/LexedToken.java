package argus.parse;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * A token of {@link PhpLexerBase}'s fast path, the same as the one ANTLR's default factory makes
 * (text read from the input on demand), built by assigning its fields: CommonToken's own
 * constructor first asks the lexer for a line and column that the factory then overwrites,
 * two calls per token the C1 JIT does not remove.
 */
final class LexedToken extends CommonToken {
    LexedToken(Pair<TokenSource, CharStream> source, int type, int channel, int start, int stop, int line, int column) {
        super(type);
        this.source = source;
        this.channel = channel;
        this.start = start;
        this.stop = stop;
        this.line = line;
        this.charPositionInLine = column;
    }

    /** CommonToken's, without the Interval it allocates for every token the builders read. */
    @Override
    public String getText() {
        if (text != null) {
            return text;
        }
        if (source.b instanceof PhpCharStream in) {
            return start < in.size() && stop < in.size() ? in.text(start, stop) : "<EOF>";
        }
        return super.getText();
    }
}
