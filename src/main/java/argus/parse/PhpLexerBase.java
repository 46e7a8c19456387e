package argus.parse;

import argus.parse.antlr.PhpLexer;
import java.util.ArrayDeque;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.LexerATNSimulator;

/**
 * What PHP's lexer decides by looking ahead further than a lexer grammar can say:
 * heredoc closing labels (flexible since PHP 7.3), nowdoc bodies, the contextual `enum`
 * keyword, the data after `__halt_compiler();`, and braces that end an interpolation.
 */
public abstract class PhpLexerBase extends Lexer {
    /** Closing labels of open heredocs, innermost first: {start of the label line, end}. */
    private final ArrayDeque<int[]> heredocEnds = new ArrayDeque<>();
    /** 0: normal; 1..3: inside `__halt_compiler ( ) ;`; 4: the rest of the file is data. */
    private int haltState;
    private final PhpCharStream raw;
    private final int[] scanEnd = new int[1];
    private boolean fastPath = true;

    protected PhpLexerBase(CharStream input) {
        super(input);
        this.raw = input instanceof PhpCharStream ? (PhpCharStream) input : null;
    }

    private int rawAt(int index) {
        if (raw != null) {
            return raw.rawAt(index);
        }
        if (index < 0 || index >= _input.size()) {
            return -1;
        }
        int save = _input.index();
        _input.seek(index);
        int c = _input.LA(1);
        _input.seek(save);
        return c;
    }

    private static boolean isNameChar(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c >= 0x7F;
    }

    private static boolean isNameStart(int c) {
        return isNameChar(c) && !(c >= '0' && c <= '9');
    }

    protected boolean followedBy(char c) {
        return _input.LA(1) == c;
    }

    protected boolean notFollowedBy(char c) {
        return _input.LA(1) != c;
    }

    protected boolean notFollowedByNameChar() {
        return !isNameChar(_input.LA(1));
    }

    /** `enum` is a keyword only when a class name follows: `enum Suit`, not `enum(...)`. */
    protected boolean isEnumKeyword() {
        int i = _input.index();
        if (!isSpace(rawAt(i))) {
            return false;
        }
        while (isSpace(rawAt(i))) {
            i++;
        }
        if (!isNameStart(rawAt(i))) {
            return false;
        }
        int start = i;
        while (isNameChar(rawAt(i))) {
            i++;
        }
        String word = _input.getText(org.antlr.v4.runtime.misc.Interval.of(start, i - 1)).toLowerCase(java.util.Locale.ROOT);
        return !word.equals("extends") && !word.equals("implements");
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** A `}` pops back to the mode its `{` came from: code, or the string it interpolates. */
    protected void popBraceMode() {
        if (!_modeStack.isEmpty()) {
            popMode();
        }
    }

    protected void onHaltCompiler() {
        haltState = 1;
    }

    /** The label of `<<<"X"`, `<<<X` or `<<<'X'` in the current token's text. */
    private String startLabel() {
        String text = getText();
        int i = text.indexOf("<<<") + 3;
        while (text.charAt(i) == ' ' || text.charAt(i) == '\t') {
            i++;
        }
        if (text.charAt(i) == '"' || text.charAt(i) == '\'') {
            i++;
        }
        int start = i;
        while (i < text.length() && isNameChar(text.charAt(i))) {
            i++;
        }
        return text.substring(start, i);
    }

    /**
     * Finds the closing label after {@code from}: at a line start, after optional blanks,
     * the label not followed by a name char (PHP 7.3 rules). Returns {line start, end} or
     * {size, size} when the heredoc is not closed.
     */
    private int[] findClosingLabel(String label, int from) {
        int size = _input.size();
        int lineStart = from;
        while (lineStart < size) {
            int i = lineStart;
            while (rawAt(i) == ' ' || rawAt(i) == '\t') {
                i++;
            }
            if (matchesAt(label, i) && !isNameChar(rawAt(i + label.length()))) {
                return new int[] {lineStart, i + label.length()};
            }
            while (i < size && rawAt(i) != '\n' && rawAt(i) != '\r') {
                i++;
            }
            if (rawAt(i) == '\r' && rawAt(i + 1) == '\n') {
                i++;
            }
            lineStart = i + 1;
        }
        return new int[] {size, size};
    }

    private boolean matchesAt(String label, int at) {
        for (int k = 0; k < label.length(); k++) {
            if (rawAt(at + k) != label.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    protected void startHeredoc() {
        int[] end = findClosingLabel(startLabel(), _input.index());
        if (end[0] >= _input.size()) {
            notifyError("unterminated heredoc: closing label \"" + startLabel() + "\" not found");
        }
        heredocEnds.push(end);
        pushMode(PhpLexer.HEREDOC);
    }

    protected void readNowdoc() {
        String label = startLabel();
        int[] end = findClosingLabel(label, _input.index());
        if (end[0] >= _input.size()) {
            notifyError("unterminated nowdoc: closing label \"" + label + "\" not found");
        }
        while (_input.index() < end[1]) {
            getInterpreter().consume(_input);
        }
    }

    private void notifyError(String message) {
        getErrorListenerDispatch().syntaxError(this, null, _tokenStartLine, _tokenStartCharPositionInLine, message, null);
    }

    @Override
    public Token nextToken() {
        if (_mode == PhpLexer.HEREDOC && !heredocEnds.isEmpty() && _input.index() >= heredocEnds.peek()[0]) {
            int[] end = heredocEnds.pop();
            popMode();
            return consumeAs(PhpLexer.HEREDOC_END, DEFAULT_TOKEN_CHANNEL, end[1]);
        }
        if (haltState == 4) {
            haltState = 5;
            if (_input.index() < _input.size()) {
                return consumeAs(PhpLexer.HALT_DATA, HIDDEN, _input.size());
            }
        }
        Token t = fastPath ? fastToken() : null;
        if (t == null) {
            t = super.nextToken();
        }
        if (haltState > 0 && haltState < 4 && t.getChannel() == DEFAULT_TOKEN_CHANNEL && t.getType() != PhpLexer.HALT_COMPILER) {
            haltState++;
        }
        return t;
    }

    /** Turns the hand-written recognisers of {@link FastScan} off, to compare with ANTLR's alone. */
    public void setFastPath(boolean on) {
        this.fastPath = on;
    }

    /**
     * The next token from {@link FastScan}, skipping whitespace, or null when ANTLR must
     * decide. Only in code mode and only on our byte stream. Lines and columns are kept as
     * ANTLR's simulator counts them (a line per `\n`); only whitespace, comments and strings
     * can hold line breaks, so other tokens just move the column.
     */
    private Token fastToken() {
        if (_mode != PhpLexer.PHP || raw == null) {
            return null;
        }
        byte[] bytes = raw.bytes();
        LexerATNSimulator sim = getInterpreter();
        int p = _input.index();
        int line = sim.getLine();
        int column = sim.getCharPositionInLine();
        int n = bytes.length;
        for (; p < n; p++) {
            byte c = bytes[p];
            if (c == '\n') {
                line++;
                column = 0;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                column++;
            } else {
                break;
            }
        }
        _input.seek(p);
        sim.setLine(line);
        sim.setCharPositionInLine(column);
        if (p >= n) {
            return null;
        }
        int type = FastScan.scan(bytes, p, scanEnd);
        if (type < 0) {
            return null;
        }
        int end = scanEnd[0];
        int channel = DEFAULT_TOKEN_CHANNEL;
        switch (type) {
            case PhpLexer.LINE_COMMENT, PhpLexer.BLOCK_COMMENT, PhpLexer.DOC_COMMENT -> {
                channel = PhpLexer.COMMENTS;
                advance(bytes, p, end);
            }
            case PhpLexer.SQ_STRING, PhpLexer.DQ_STRING -> advance(bytes, p, end);
            // The actions of the brace rules: `{` nests code, `}` returns to where its `{` was.
            case PhpLexer.LBRACE -> {
                pushMode(PhpLexer.PHP);
                moveOnLine(sim, end, column + end - p);
            }
            case PhpLexer.RBRACE -> {
                popBraceMode();
                moveOnLine(sim, end, column + end - p);
            }
            default -> moveOnLine(sim, end, column + end - p);
        }
        Token t = new LexedToken(_tokenFactorySourcePair, type, channel, p, end - 1, line, column);
        emit(t);
        return t;
    }

    private void moveOnLine(LexerATNSimulator sim, int to, int column) {
        _input.seek(to);
        sim.setCharPositionInLine(column);
    }

    /** Moves the input to {@code to}, keeping line and column as ANTLR's simulator counts them. */
    private void advance(byte[] bytes, int from, int to) {
        LexerATNSimulator sim = getInterpreter();
        int line = sim.getLine();
        int column = sim.getCharPositionInLine();
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 0;
            } else {
                column++;
            }
        }
        _input.seek(to);
        sim.setLine(line);
        sim.setCharPositionInLine(column);
    }

    /** Emits the chars up to {@code stop} as one token of the given type. */
    private Token consumeAs(int type, int channel, int stop) {
        int start = _input.index();
        int line = getLine();
        int column = getCharPositionInLine();
        while (_input.index() < stop) {
            getInterpreter().consume(_input);
        }
        Token t = _factory.create(_tokenFactorySourcePair, type, null, channel, start, stop - 1, line, column);
        emit(t);
        return t;
    }

    @Override
    public void reset() {
        super.reset();
        heredocEnds.clear();
        haltState = 0;
    }
}
