package argus.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import argus.diag.Category;
import argus.diag.Finding;
import argus.diag.Severity;
import argus.source.SourceFile;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The SARIF partialFingerprint GitHub tracks alerts by follows the offending line, not its number. */
class SarifFingerprintProperties {
    private static final String HEAD = "<?php\nfunction f($a) {\n";
    private static final String OFFENDING = "    return $a->total();";
    private static final String TAIL = "\n}\n";

    @Provide
    Arbitrary<List<String>> linesAbove() {
        // Any text but line breaks, non-ASCII included: the fingerprint must not care.
        return Arbitraries.strings().ofMaxLength(30).map(s -> s.replaceAll("[\\r\\n]", ""))
                .filter(s -> !s.replaceAll("\\s", "").contains("return$a->total();"))
                .list().ofMaxSize(20);
    }

    static String partialFingerprint(String text, int line) throws IOException {
        SourceFile s = SourceFile.of("src/F.php", text);
        int column = s.display(s.lines().lineStart(line), s.lines().lineEnd(line, s.bytes())).indexOf("$a") + 1;
        Finding f = Reports.finding("PossiblyNullReference", Category.NULL_SAFETY, Severity.ERROR, s, line, column, 2,
                "Cannot call method total() on possibly null value");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SarifReporter().write(Reports.report(List.of(f), s), out);
        return new ObjectMapper().readTree(out.toByteArray())
                .at("/runs/0/results/0/partialFingerprints/argusFingerprint~1v1").asText();
    }

    @Property(tries = 100)
    void insertingLinesAboveKeepsIt(@ForAll("linesAbove") List<String> inserted) throws IOException {
        String above = inserted.isEmpty() ? "" : String.join("\n", inserted) + "\n";
        assertEquals(partialFingerprint(HEAD + OFFENDING + TAIL, 3),
                partialFingerprint(HEAD + above + OFFENDING + TAIL, 3 + inserted.size()));
    }

    @Property(tries = 100)
    void changingTheOffendingLineChangesIt(@ForAll("linesAbove") List<String> replacement) throws IOException {
        String changed = "    return $a->" + String.join("", replacement) + ";";
        if (changed.replaceAll("\\s", "").equals(OFFENDING.replaceAll("\\s", ""))) {
            return;
        }
        assertNotEquals(partialFingerprint(HEAD + OFFENDING + TAIL, 3), partialFingerprint(HEAD + changed + TAIL, 3));
    }
}
