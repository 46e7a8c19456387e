package argus.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import argus.diag.Category;
import argus.diag.Finding;
import argus.diag.Severity;
import argus.source.SourceFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintsTest {
    static List<String> fingerprints(SourceFile s, int... lines) {
        List<Finding> findings = new java.util.ArrayList<>();
        for (int line : lines) {
            findings.add(Reports.finding("UnusedVariable", Category.DEAD_CODE, Severity.WARNING, s, line, 1, 1, "m"));
        }
        java.util.Collections.sort(findings);
        return Fingerprints.of(findings, f -> s, f -> f);
    }

    @Test
    void stableWhenLinesAreInsertedAbove() {
        SourceFile before = SourceFile.of("a.php", "<?php\n$x = 1;\n");
        SourceFile after = SourceFile.of("a.php", "<?php\n// new\n\nfoo();\n$x = 1;\n");
        assertEquals(fingerprints(before, 2), fingerprints(after, 5));
    }

    @Test
    void stableWhenTheLineIsReindented() {
        assertEquals(fingerprints(SourceFile.of("a.php", "<?php\n$x = 1;\n"), 2),
                fingerprints(SourceFile.of("a.php", "<?php\n\t  $x=1;  \r\n"), 2));
    }

    @Test
    void changesWithTheLineTheRuleOrTheFile() {
        SourceFile s = SourceFile.of("a.php", "<?php\n$x = 1;\n");
        String base = fingerprints(s, 2).get(0);
        assertNotEquals(base, fingerprints(SourceFile.of("a.php", "<?php\n$x = 2;\n"), 2).get(0));
        assertNotEquals(base, fingerprints(SourceFile.of("b.php", "<?php\n$x = 1;\n"), 2).get(0));
        Finding other = Reports.finding("OtherRule", Category.DEAD_CODE, Severity.WARNING, s, 2, 1, 1, "m");
        assertNotEquals(base, Fingerprints.of(List.of(other), f -> s, f -> f).get(0));
    }

    @Test
    void identicalLinesAreToldApartByOccurrence() {
        SourceFile s = SourceFile.of("a.php", "<?php\n$x = 1;\n$x = 1;\n");
        List<String> prints = fingerprints(s, 2, 3);
        assertNotEquals(prints.get(0), prints.get(1));
        assertEquals(32, prints.get(0).length());
        assertEquals(prints, fingerprints(s, 3, 2));
    }

    @Test
    void unknownSourceStillGivesAFingerprint() {
        Finding f = Reports.finding("ParseError", Category.SYNTAX, Severity.ERROR,
                SourceFile.of("gone.php", "<?php\n"), 1, 1, 0, "cannot read file");
        assertEquals(32, Fingerprints.of(List.of(f), file -> null, file -> file).get(0).length());
    }

    @Test
    void theSameWhereverArgusRuns() {
        // One file of the project /p, seen from the root and from its parent folder.
        SourceFile fromRoot = SourceFile.of("src/a.php", "<?php\n$x = 1;\n");
        SourceFile fromParent = SourceFile.of("p/src/a.php", "<?php\n$x = 1;\n");
        Path root = Path.of("/p");
        Report a = Report.builder().root(root).cwd(root).findings(List.of(
                Reports.finding("R", Category.TYPES, Severity.ERROR, fromRoot, 2, 1, 2, "m"))).sources(List.of(fromRoot)).build();
        Report b = Report.builder().root(root).cwd(Path.of("/")).findings(List.of(
                Reports.finding("R", Category.TYPES, Severity.ERROR, fromParent, 2, 1, 2, "m"))).sources(List.of(fromParent)).build();
        assertEquals("src/a.php", b.projectPath("p/src/a.php"));
        assertEquals(a.fingerprints(), b.fingerprints());
        // A file outside the root is named by its absolute path, which is the same from any folder too.
        assertEquals("/elsewhere/b.php", a.projectPath("../elsewhere/b.php"));
    }
}
