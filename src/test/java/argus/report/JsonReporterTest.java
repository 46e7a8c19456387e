package argus.report;

import static argus.report.Reports.finding;
import static argus.report.Reports.report;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import argus.diag.Category;
import argus.diag.Severity;
import argus.diag.TraceStep;
import argus.source.SourceFile;
import argus.source.Span;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReporterTest {
    private static final SourceFile CART = SourceFile.of("src/Cart.php",
            "<?php\n$o = find(1);\n$o->total();\necho $_GET['x'];\n");
    private static final SourceFile A = SourceFile.of("src/A.php", "<?php\nif (\n");

    private static byte[] json(Report r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonReporter().write(r, out);
        return out.toByteArray();
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Report sample() {
        TraceStep source = new TraceStep("src/Cart.php", new Span(40, 47, 4, 6, 4, 13), "tainted by $_GET");
        return report(List.of(
                finding("TaintedHtml", Category.SECURITY, Severity.ERROR, CART, 4, 1, 4, "Tainted HTML é", source),
                finding("PossiblyNullReference", Category.NULL_SAFETY, Severity.WARNING, CART, 3, 1, 2, "null"),
                finding("ParseError", Category.SYNTAX, Severity.ERROR, A, 3, 1, 0, "unexpected end of file")),
                CART, A);
    }

    @Test
    void fieldsAreTheContractsInItsOrder() throws IOException {
        JsonNode root = new ObjectMapper().readTree(json(sample()));
        assertEquals(List.of("tool", "summary", "findings"), names(root));
        assertEquals(List.of("name", "version"), names(root.get("tool")));
        assertEquals(List.of("files", "lines", "findings", "durationMs", "byCategory"), names(root.get("summary")));
        List<String> findingFields = List.of("rule", "category", "severity", "file", "line", "column", "endLine",
                "endColumn", "message", "fingerprint");
        assertEquals(findingFields, names(root.at("/findings/0")));
        assertEquals(findingFields, names(root.at("/findings/1")));
        List<String> withTrace = new ArrayList<>(findingFields);
        withTrace.add("trace");
        assertEquals(withTrace, names(root.at("/findings/2")));
        assertEquals(List.of("file", "line", "message"), names(root.at("/findings/2/trace/0")));
    }

    @Test
    void valuesAndOrder() throws IOException {
        JsonNode root = new ObjectMapper().readTree(json(sample()));
        assertEquals("argus", root.at("/tool/name").asText());
        assertEquals("9.9.9", root.at("/tool/version").asText());
        assertEquals(3, root.at("/summary/findings").asInt());
        assertEquals(1234, root.at("/summary/durationMs").asInt());
        // Categories in the contract's order, only those present.
        assertEquals(List.of("syntax", "null-safety", "security"), names(root.at("/summary/byCategory")));
        // Sorted by file, then line.
        assertEquals("src/A.php", root.at("/findings/0/file").asText());
        assertEquals(3, root.at("/findings/1/line").asInt());
        assertEquals(4, root.at("/findings/2/line").asInt());
        assertEquals("null-safety", root.at("/findings/1/category").asText());
        assertEquals("warning", root.at("/findings/1/severity").asText());
        assertEquals(4, root.at("/findings/2/trace/0/line").asInt());
        assertEquals("Tainted HTML é", root.at("/findings/2/message").asText());
    }

    @Test
    void bytesAreStableUtf8WithUnixNewlines() throws IOException {
        byte[] first = json(sample());
        assertArrayEquals(first, json(sample()));
        String text = new String(first, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("}\n"));
        assertFalse(text.contains("\r"));
        assertTrue(text.startsWith("{\n  \"tool\": {\n    \"name\": \"argus\",\n"), text);
    }

    @Test
    void emptyReport() throws IOException {
        JsonNode root = new ObjectMapper().readTree(json(report(List.of())));
        assertEquals(0, root.at("/summary/findings").asInt());
        assertEquals(0, root.at("/summary/byCategory").size());
        assertTrue(root.get("findings").isArray());
        assertEquals(0, root.get("findings").size());
    }
}
