package argus.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A PHP file as bytes. PHP source has no declared encoding and the language itself is
 * byte-oriented, so the text is kept exactly as read; {@link #text()} decodes it one
 * char per byte (ISO-8859-1) so offsets and lengths agree with the bytes.
 */
public final class SourceFile {
    private final String path;
    private final byte[] bytes;
    private LineMap lines;

    public SourceFile(String path, byte[] bytes) {
        this.path = path;
        this.bytes = bytes;
    }

    public static SourceFile read(Path file, String displayPath) throws IOException {
        return new SourceFile(displayPath, Files.readAllBytes(file));
    }

    public static SourceFile of(String path, String text) {
        return new SourceFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public String path() {
        return path;
    }

    public byte[] bytes() {
        return bytes;
    }

    public int length() {
        return bytes.length;
    }

    /** One char per byte; see the class comment. */
    public String text() {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    public String text(int start, int end) {
        return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
    }

    /** Bytes [start, end) read as UTF-8 where valid, for showing code to people. */
    public String display(int start, int end) {
        return Utf8.decodeLenient(bytes, start, end);
    }

    public synchronized LineMap lines() {
        if (lines == null) {
            lines = LineMap.of(bytes);
        }
        return lines;
    }
}
