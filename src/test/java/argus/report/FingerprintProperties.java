package argus.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import argus.source.SourceFile;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Fingerprints identify a finding by what is on its line, not by where the line is. */
class FingerprintProperties {
    private static final String HEAD = "<?php\nfunction f($a) {\n";
    private static final String OFFENDING = "    return $a->total();\n";
    private static final String TAIL = "}\n";

    @Provide
    Arbitrary<List<String>> linesAbove() {
        Arbitrary<String> line = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(40)
                .filter(s -> !s.replaceAll("\\s", "").equals("return$a->total();"));
        return line.list().ofMaxSize(30);
    }

    @Property(tries = 200)
    void insertingLinesAboveKeepsTheFingerprint(@ForAll("linesAbove") List<String> inserted) {
        SourceFile before = SourceFile.of("src/F.php", HEAD + OFFENDING + TAIL);
        String above = inserted.isEmpty() ? "" : String.join("\n", inserted) + "\n";
        SourceFile after = SourceFile.of("src/F.php", HEAD + above + OFFENDING + TAIL);
        assertEquals(FingerprintsTest.fingerprints(before, 3),
                FingerprintsTest.fingerprints(after, 3 + inserted.size()));
    }

    @Property(tries = 200)
    void changingTheOffendingLineChangesTheFingerprint(@ForAll("linesAbove") List<String> replacement) {
        String changed = String.join("", replacement).replaceAll("[\\r\\n]", "");
        SourceFile before = SourceFile.of("src/F.php", HEAD + OFFENDING + TAIL);
        SourceFile after = SourceFile.of("src/F.php", HEAD + changed + "\n" + TAIL);
        assertNotEquals(FingerprintsTest.fingerprints(before, 3), FingerprintsTest.fingerprints(after, 3));
    }
}
