package argus.rules.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import argus.config.PhpVersionRange;
import argus.diag.Severity;
import argus.testing.TestPaths;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** rules/compat/syntax.json: loaded strictly, every entry used by a rule, messages as documented. */
class SyntaxFeaturesTest {
    private static final Pattern GET = Pattern.compile("SyntaxFeatures\\.get\\(\"([^\"]+)\"\\)");

    private static Feature parseOne(String json) throws IOException {
        return SyntaxFeatures.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))).values().iterator().next();
    }

    @Test
    void loadingIsStrict() {
        assertThrows(UnrecognizedPropertyException.class, () -> parseOne("{\"a\": {\"description\": \"x\", \"sinse\": \"8.0\"}}"));
        assertThrows(IllegalArgumentException.class, () -> parseOne("{\"a\": {\"description\": \"x\", \"since\": \"9.9\"}}"));
        assertThrows(IllegalArgumentException.class, () -> parseOne("{\"a\": {\"description\": \"x\"}}"));
        assertThrows(IOException.class, () -> parseOne("{\"a\": {\"description\": \"x\", \"since\": \"8.0\"}, \"a\": {}}"));
    }

    @Test
    void everyEntryIsUsedByARule() throws IOException {
        String sources;
        try (Stream<Path> files = Files.list(TestPaths.root().resolve("src/main/java/argus/rules/compat"))) {
            StringBuilder all = new StringBuilder();
            for (Path f : files.toList()) {
                all.append(Files.readString(f));
            }
            sources = all.toString();
        }
        List<String> used = new ArrayList<>();
        Matcher m = GET.matcher(sources);
        while (m.find()) {
            used.add(m.group(1));
        }
        List<String> unused = SyntaxFeatures.all().keySet().stream()
                // "type:" entries are read by NewBuiltinType, "reserved:" ones by ReservedName, by prefix.
                .filter(id -> !used.contains(id) && !id.startsWith("type:") && !id.startsWith("reserved:")).toList();
        assertEquals(List.of(), unused);
    }

    @Test
    void messagesNameTheVersionThatChangedItAndTheRange() throws IOException {
        Feature match = SyntaxFeatures.get("match");
        assertEquals("match expression requires PHP 8.0; the project targets 7.4..8.4", match.message(PhpVersionRange.parse("7.4..8.4")));
        assertEquals(null, match.message(PhpVersionRange.parse("8.0..8.4")));
        Feature curly = SyntaxFeatures.get("curly-offset");
        assertEquals("offset access with curly braces $a{0} is deprecated since PHP 7.4 and removed in 8.0; the project targets 7.3..7.4",
                curly.message(PhpVersionRange.parse("7.3..7.4")));
        assertEquals(Severity.WARNING, curly.severity(PhpVersionRange.parse("7.3..7.4")));
        assertEquals("offset access with curly braces $a{0} was removed in PHP 8.0 (deprecated since 7.4); the project targets 7.4..8.0",
                curly.message(PhpVersionRange.parse("7.4..8.0")));
        assertEquals(Severity.ERROR, curly.severity(PhpVersionRange.parse("7.4..8.0")));
        assertEquals(null, curly.message(PhpVersionRange.parse("7.0..7.3")));
    }
}
