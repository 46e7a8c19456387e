package argus.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.WritableToken;
import org.antlr.v4.runtime.misc.Interval;

/**
 * A file's tokens, lexed in one go before parsing, as the parser sees them: only the default
 * channel, while indices (of {@link #index()}, {@link #seek}, {@link #get} and each token's
 * {@link Token#getTokenIndex()}) count every token, comments included, exactly as ANTLR's
 * {@code CommonTokenStream} does. What differs is the cost: that stream fills itself lazily and
 * skips comments one step at a time, behind bounds checks, on every look-ahead and consume, which
 * was about a tenth of parse time; here look-ahead is two array reads.
 */
final class PhpTokenStream implements TokenStream {
    private final TokenSource source;
    private final Token[] tokens;
    /** Indices of the default-channel tokens in order; the last is EOF. */
    private final int[] visible;
    /** The default-channel tokens themselves and their types, so that look-ahead reads no token object. */
    private final Token[] visibleTokens;
    private final int[] visibleTypes;
    /** For every index, the rank in {@link #visible} of the first default-channel token at or after it. */
    private final int[] rankFrom;
    /** The rank of the current token in {@link #visible}. */
    private int rank;

    private PhpTokenStream(TokenSource source, Token[] tokens, int[] visible, int[] rankFrom) {
        this.source = source;
        this.tokens = tokens;
        this.visible = visible;
        this.rankFrom = rankFrom;
        this.visibleTokens = new Token[visible.length];
        this.visibleTypes = new int[visible.length];
        for (int r = 0; r < visible.length; r++) {
            visibleTokens[r] = tokens[visible[r]];
            visibleTypes[r] = visibleTokens[r].getType();
        }
    }

    /** Reads every token of the lexer, up to and including EOF. */
    static PhpTokenStream lex(Lexer lexer, int expectedTokens) {
        List<Token> all = new ArrayList<>(expectedTokens);
        int[] visible = new int[Math.max(expectedTokens, 16)];
        int count = 0;
        while (true) {
            Token t = lexer.nextToken();
            if (t instanceof WritableToken w) {
                w.setTokenIndex(all.size());
            }
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                if (count == visible.length) {
                    visible = Arrays.copyOf(visible, count * 2);
                }
                visible[count++] = all.size();
            }
            all.add(t);
            if (t.getType() == Token.EOF) {
                break;
            }
        }
        int[] rankFrom = new int[all.size()];
        int r = 0;
        for (int i = 0; i < rankFrom.length; i++) {
            while (visible[r] < i) {
                r++;
            }
            rankFrom[i] = r;
        }
        return new PhpTokenStream(lexer, all.toArray(new Token[0]), Arrays.copyOf(visible, count), rankFrom);
    }

    /** Every token, comments included, in file order (EOF last). */
    List<Token> all() {
        return Arrays.asList(tokens);
    }

    /** The comment tokens between the previous default-channel token and the one at {@code index}. */
    List<Token> commentsBefore(int index, int channel) {
        List<Token> out = new ArrayList<>(2);
        for (int i = index - 1; i >= 0 && tokens[i].getChannel() != Token.DEFAULT_CHANNEL; i--) {
            if (tokens[i].getChannel() == channel) {
                out.add(0, tokens[i]);
            }
        }
        return out;
    }

    @Override
    public Token LT(int k) {
        if (k == 1) {
            return visibleTokens[rank];
        }
        if (k > 0) {
            return visibleTokens[Math.min(rank + k - 1, visibleTokens.length - 1)];
        }
        if (k < 0 && rank + k >= 0) {
            return visibleTokens[rank + k];
        }
        return null;
    }

    @Override
    public int LA(int i) {
        if (i == 1) {
            return visibleTypes[rank];
        }
        if (i > 0) {
            return visibleTypes[Math.min(rank + i - 1, visibleTypes.length - 1)];
        }
        if (i < 0 && rank + i >= 0) {
            return visibleTypes[rank + i];
        }
        return 0;
    }

    @Override
    public void consume() {
        if (rank == visibleTypes.length - 1) {
            throw new IllegalStateException("cannot consume EOF");
        }
        rank++;
    }

    @Override
    public int index() {
        return visible[rank];
    }

    @Override
    public void seek(int index) {
        rank = rankFrom[Math.max(0, Math.min(index, rankFrom.length - 1))];
    }

    @Override
    public int mark() {
        return 0;
    }

    @Override
    public void release(int marker) {
    }

    @Override
    public int size() {
        return tokens.length;
    }

    @Override
    public Token get(int index) {
        return tokens[index];
    }

    @Override
    public TokenSource getTokenSource() {
        return source;
    }

    @Override
    public String getSourceName() {
        return source.getSourceName();
    }

    @Override
    public String getText() {
        return getText(Interval.of(0, tokens.length - 1));
    }

    @Override
    public String getText(Interval interval) {
        int start = Math.max(interval.a, 0);
        int stop = Math.min(interval.b, tokens.length - 1);
        StringBuilder text = new StringBuilder();
        for (int i = start; i <= stop && tokens[i].getType() != Token.EOF; i++) {
            text.append(tokens[i].getText());
        }
        return text.toString();
    }

    @Override
    public String getText(RuleContext ctx) {
        return getText(ctx.getSourceInterval());
    }

    @Override
    public String getText(Token start, Token stop) {
        return start == null || stop == null ? "" : getText(Interval.of(start.getTokenIndex(), stop.getTokenIndex()));
    }
}
