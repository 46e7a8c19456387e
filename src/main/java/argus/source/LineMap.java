package argus.source;

import java.util.Arrays;

/**
 * Offsets of line starts, for turning offsets into lines and back. A line ends at \n (so also
 * at \r\n), the way the lexer counts lines; a lone \r does not end one.
 */
public final class LineMap {
    private final int[] starts;
    private final int length;

    private LineMap(int[] starts, int length) {
        this.starts = starts;
        this.length = length;
    }

    public static LineMap of(byte[] bytes) {
        int[] starts = new int[64];
        int n = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return new LineMap(Arrays.copyOf(starts, n), bytes.length);
    }

    public int lineCount() {
        return starts.length;
    }

    /** 1-based line of an offset. */
    public int lineOf(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** Offset where a 1-based line starts. */
    public int lineStart(int line) {
        return starts[Math.max(0, Math.min(line - 1, starts.length - 1))];
    }

    /** Offset just past the line's last char, before its line break. */
    public int lineEnd(int line, byte[] bytes) {
        int end = line < starts.length ? starts[line] : length;
        while (end > lineStart(line) && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r')) {
            end--;
        }
        return end;
    }
}
