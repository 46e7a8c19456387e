package argus.parse;

import java.nio.charset.StandardCharsets;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The lexer's view of a file: one char per byte (ISO-8859-1), with every byte >= 0x7F
 * reported as 0x7F. PHP treats all high bytes alike (identifier or text) and ANTLR's lexer
 * DFA caches transitions only for chars below 128, so this keeps UTF-8 heavy files (message
 * catalogues) on the fast path. Token text is always read from the real bytes.
 */
public final class PhpCharStream implements CharStream {
    public static final int HIGH_BYTE = 0x7F;

    private final byte[] data;
    private final int size;
    private final String sourceName;
    private int p;

    public PhpCharStream(byte[] data, String sourceName) {
        this.data = data;
        this.size = data.length;
        this.sourceName = sourceName;
    }

    /** The real byte at an absolute offset (0..255), or -1 past the end. */
    public int rawAt(int index) {
        return index >= 0 && index < size ? data[index] & 0xFF : -1;
    }

    byte[] bytes() {
        return data;
    }

    @Override
    public void consume() {
        if (p >= size) {
            throw new IllegalStateException("cannot consume EOF");
        }
        p++;
    }

    @Override
    public int LA(int i) {
        int index;
        if (i > 0) {
            index = p + i - 1;
        } else if (i < 0) {
            index = p + i;
            if (index < 0) {
                return IntStream.EOF;
            }
        } else {
            return 0;
        }
        if (index >= size) {
            return IntStream.EOF;
        }
        int c = data[index] & 0xFF;
        return c >= HIGH_BYTE ? HIGH_BYTE : c;
    }

    @Override
    public int mark() {
        return -1;
    }

    @Override
    public void release(int marker) {
    }

    @Override
    public int index() {
        return p;
    }

    @Override
    public void seek(int index) {
        p = Math.min(Math.max(index, 0), size);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public String getSourceName() {
        return sourceName;
    }

    @Override
    public String getText(Interval interval) {
        return text(interval.a, interval.b);
    }

    /** The text from {@code start} to {@code stop}, both inclusive (clipped to the input). */
    public String text(int from, int to) {
        int start = Math.max(from, 0);
        int stop = Math.min(to, size - 1);
        if (stop < start) {
            return "";
        }
        return new String(data, start, stop - start + 1, StandardCharsets.ISO_8859_1);
    }

    @Override
    public String toString() {
        return new String(data, StandardCharsets.ISO_8859_1);
    }
}
