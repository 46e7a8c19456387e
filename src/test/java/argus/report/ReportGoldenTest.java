package argus.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every format on testdata/projects/reports, against its golden file there (expected.*). The
 * project root, an absolute path of this machine, is written as file:///ROOT/ in the goldens.
 * Run with -Dargus.updateGoldens=true to rewrite them, then review the diff.
 */
class ReportGoldenTest {
    private static final boolean UPDATE = Boolean.getBoolean("argus.updateGoldens");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyFormatMatchesItsGolden() {
        return Stream.of(
                golden("expected.txt", r -> new TextReporter(false), false),
                golden("expected.json", r -> new JsonReporter(), false),
                golden("expected.sarif", r -> sarif(), false),
                golden("expected.checkstyle.xml", r -> new CheckstyleReporter(), true),
                golden("expected.junit.xml", r -> new JunitReporter(), true),
                golden("expected.github.txt", r -> new GithubReporter(temp.resolve("summary.md").toString()), false),
                DynamicTest.dynamicTest("expected.github-summary.md", () -> {
                    Path summary = temp.resolve("summary.md");
                    Files.deleteIfExists(summary);
                    new GithubReporter(summary.toString()).write(ReportFixture.report(), new ByteArrayOutputStream());
                    compare("expected.github-summary.md", Files.readString(summary));
                }));
    }

    static SarifReporter sarif() {
        return new SarifReporter(ReportFixture::rules, SarifReporter.MAX_RESULTS, SarifReporter.MAX_GZIP_BYTES);
    }

    /** The golden SARIF text, as the tests that validate it read it. */
    static String goldenSarif() throws IOException {
        return render(sarif(), ReportFixture.report());
    }

    private DynamicTest golden(String name, Function<Report, Reporter> reporter, boolean xml) {
        return DynamicTest.dynamicTest(name, () -> {
            Report report = ReportFixture.report();
            String text = render(reporter.apply(report), report);
            if (xml) {
                // A real parser must read it, whatever the golden says.
                DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            }
            compare(name, text);
        });
    }

    static String render(Reporter reporter, Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reporter.write(report, out);
        return mask(out.toString(StandardCharsets.UTF_8), report);
    }

    private static String mask(String text, Report report) {
        return text.replace(SarifReporter.folderUri(report.root()), "file:///ROOT/");
    }

    private static void compare(String name, String actual) throws IOException {
        Path file = ReportFixture.root().resolve(name);
        if (UPDATE) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "<no golden " + file + ">",
                actual, name + " differs from its golden (-Dargus.updateGoldens=true rewrites it)");
    }
}
