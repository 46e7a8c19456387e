package argus.parse;

import argus.ast.ParseResult;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import argus.ast.AstDump;
import argus.source.SourceFile;
import argus.testing.TestPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * `testdata/parser/valid/X.php` must parse without errors into the AST in `X.ast`;
 * `testdata/parser/invalid/X.php` must give exactly the errors in `X.errors` (`line: message`).
 * Regenerate the expected files with `-Dargus.updateGolden=true`, then review the diff.
 */
class ParserFixturesTest {
    private static final boolean UPDATE = Boolean.getBoolean("argus.updateGolden");

    @TestFactory
    Stream<DynamicTest> validFixtures() throws IOException {
        return fixtures("valid").map(php -> DynamicTest.dynamicTest(php.getFileName().toString(), () -> {
            ParseResult r = PhpParsing.parse(new SourceFile(php.getFileName().toString(), Files.readAllBytes(php)));
            assertEquals(List.of(), r.errors(), "syntax errors in a valid fixture");
            assertFalse(r.usedFullLL(), "valid code needed the full-LL fallback");
            compare(sibling(php, ".ast"), AstDump.dump(r.statements()));
        }));
    }

    @TestFactory
    Stream<DynamicTest> invalidFixtures() throws IOException {
        return fixtures("invalid").map(php -> DynamicTest.dynamicTest(php.getFileName().toString(), () -> {
            ParseResult r = PhpParsing.parse(new SourceFile(php.getFileName().toString(), Files.readAllBytes(php)));
            assertTrue(r.hasErrors(), "an invalid fixture parsed without errors");
            String actual = r.errors().stream().map(e -> e.span().line() + ": " + e.message())
                    .collect(Collectors.joining("\n", "", "\n"));
            compare(sibling(php, ".errors"), actual);
        }));
    }

    private static Stream<Path> fixtures(String kind) throws IOException {
        try (Stream<Path> files = Files.list(TestPaths.testdata("parser", kind))) {
            List<Path> php = files.filter(p -> p.toString().endsWith(".php")).sorted().toList();
            return php.stream();
        }
    }

    private static Path sibling(Path php, String extension) {
        String name = php.getFileName().toString();
        return php.resolveSibling(name.substring(0, name.length() - 4) + extension);
    }

    private static void compare(Path expectedFile, String actual) throws IOException {
        if (UPDATE) {
            Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(expectedFile), "missing " + expectedFile + " (run with -Dargus.updateGolden=true)");
        assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), actual);
    }
}
