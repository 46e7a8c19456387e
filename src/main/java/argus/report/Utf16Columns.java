package argus.report;

import argus.source.LineMap;
import argus.source.SourceFile;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Our columns count bytes; SARIF's (with columnKind utf16CodeUnits, what GitHub and VS Code read)
 * count UTF-16 code units. A line that is valid UTF-8 is counted as its decoded text; any other
 * line counts one unit per byte, as it would show when read as ISO-8859-1 (the same choice as the
 * snippets of the text report).
 */
final class Utf16Columns {
    private Utf16Columns() {
    }

    /**
     * The UTF-16 column of a 1-based byte column of a 1-based line; bytes past the end of the line
     * count one unit each. The byte column itself when the line is not in the file.
     */
    static int column(SourceFile source, int line, int byteColumn) {
        if (source == null || line < 1 || byteColumn < 1) {
            return byteColumn;
        }
        LineMap lines = source.lines();
        if (line > lines.lineCount()) {
            return byteColumn;
        }
        byte[] bytes = source.bytes();
        int start = lines.lineStart(line);
        int end = lines.lineEnd(line, bytes);
        if (!validUtf8(bytes, start, end)) {
            return byteColumn;
        }
        int target = start + byteColumn - 1;
        int stop = Math.min(target, end);
        int units = 0;
        for (int i = start; i < stop; i++) {
            int b = bytes[i] & 0xFF;
            // Count characters at their lead byte, so a column inside a character lands on that
            // character; four-byte sequences are surrogate pairs in UTF-16.
            if ((b & 0xC0) != 0x80) {
                units += b >= 0xF0 ? 2 : 1;
            }
        }
        return units + 1 + Math.max(0, target - end);
    }

    static boolean validUtf8(byte[] bytes, int start, int end) {
        boolean ascii = true;
        for (int i = start; i < end && ascii; i++) {
            ascii = bytes[i] >= 0;
        }
        if (ascii) {
            return true;
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, end - start));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
