package argus.report;

import argus.diag.Finding;
import argus.source.LineMap;
import argus.source.SourceFile;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Identities of findings that survive edits elsewhere in the file, for baselines and SARIF
 * {@code partialFingerprints}: sha-256 of the rule, the file's path relative to the project root
 * (not the display path, which depends on the folder argus runs in), the finding's source line with all
 * whitespace removed (so re-indenting or reformatting it keeps the identity) and the occurrence index
 * of that (rule, file, line text) triple in report order (so two identical lines stay apart).
 * Line numbers and messages are left out on purpose: the first shift when lines are inserted above,
 * the second when an inferred type's wording changes.
 */
public final class Fingerprints {
    private static final int HEX_CHARS = 32;

    private Fingerprints() {
    }

    /**
     * @param findings in report order
     * @param sources a display path's source, or null when unknown
     * @param projectPath a display path made relative to the project root ({@link Report#projectPath})
     */
    public static List<String> of(List<Finding> findings, Function<String, SourceFile> sources,
                                  Function<String, String> projectPath) {
        List<String> out = new ArrayList<>(findings.size());
        Map<String, Integer> seen = new HashMap<>();
        for (Finding f : findings) {
            byte[] line = normalisedLine(sources.apply(f.file()), f.line());
            String file = projectPath.apply(f.file());
            String key = f.rule() + '\0' + file + '\0' + new String(line, StandardCharsets.ISO_8859_1);
            int occurrence = seen.merge(key, 1, Integer::sum) - 1;
            out.add(hash(f.rule(), file, line, occurrence));
        }
        return out;
    }

    static String hash(String rule, String file, byte[] normalisedLine, int occurrence) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(rule.getBytes(StandardCharsets.UTF_8));
        b.write(0);
        b.writeBytes(file.getBytes(StandardCharsets.UTF_8));
        b.write(0);
        b.writeBytes(normalisedLine);
        b.write(0);
        b.writeBytes(Integer.toString(occurrence).getBytes(StandardCharsets.US_ASCII));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(b.toByteArray());
            return HexFormat.of().formatHex(digest).substring(0, HEX_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The bytes of a 1-based line without any whitespace; empty when there is no such line. */
    static byte[] normalisedLine(SourceFile source, int line) {
        if (source == null || line < 1) {
            return new byte[0];
        }
        LineMap lines = source.lines();
        if (line > lines.lineCount()) {
            return new byte[0];
        }
        byte[] bytes = source.bytes();
        int start = lines.lineStart(line);
        int end = lines.lineEnd(line, bytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream(end - start);
        for (int i = start; i < end; i++) {
            byte c = bytes[i];
            if (c != ' ' && c != '\t' && c != '\f' && c != 0x0B && c != '\r' && c != '\n') {
                out.write(c);
            }
        }
        return out.toByteArray();
    }
}
