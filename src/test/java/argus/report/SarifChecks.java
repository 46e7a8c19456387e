package argus.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a SARIF text against the SARIF 2.1.0 JSON schema (src/test/resources/sarif/), with
 * "format" asserted (URIs), and then what the schema leaves open but GitHub reads: the values
 * of levels, precision, security-severity and columnKind, tags, and ruleIndex agreeing with ruleId.
 */
final class SarifChecks {
    private static final Schema SCHEMA = load();
    private static final Set<String> LEVELS = Set.of("none", "note", "warning", "error");
    private static final Set<String> PRECISIONS = Set.of("very-high", "high", "medium", "low");

    private SarifChecks() {
    }

    private static Schema load() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        try (InputStream in = SarifChecks.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            return registry.getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every problem found, empty when the text is good SARIF for GitHub. */
    static List<String> problems(String sarif) throws IOException {
        List<String> out = new ArrayList<>();
        for (Error e : SCHEMA.validate(sarif, InputFormat.JSON)) {
            out.add("schema: " + e);
        }
        JsonNode root = new ObjectMapper().readTree(sarif);
        JsonNode runs = root.path("runs");
        if (runs.size() != 1) {
            out.add("expected one run, found " + runs.size());
        }
        for (JsonNode run : runs) {
            checkRun(run, out);
        }
        return out;
    }

    private static void checkRun(JsonNode run, List<String> out) {
        String columnKind = run.path("columnKind").asText();
        if (!columnKind.equals("utf16CodeUnits")) {
            out.add("columnKind: " + columnKind);
        }
        JsonNode rules = run.at("/tool/driver/rules");
        Set<String> ids = new HashSet<>();
        for (JsonNode rule : rules) {
            String id = rule.path("id").asText();
            if (!ids.add(id)) {
                out.add("rule listed twice: " + id);
            }
            level(rule.at("/defaultConfiguration/level"), "rule " + id, out);
            JsonNode props = rule.path("properties");
            if (props.has("precision") && !PRECISIONS.contains(props.get("precision").asText())) {
                out.add("rule " + id + " precision: " + props.get("precision"));
            }
            if (props.has("security-severity")) {
                JsonNode s = props.get("security-severity");
                try {
                    double v = Double.parseDouble(s.asText());
                    if (!s.isTextual() || v < 0 || v > 10) {
                        out.add("rule " + id + " security-severity: " + s);
                    }
                } catch (NumberFormatException e) {
                    out.add("rule " + id + " security-severity: " + s);
                }
            }
            JsonNode tags = props.path("tags");
            Set<String> seen = new HashSet<>();
            for (JsonNode t : tags) {
                if (!t.isTextual() || !seen.add(t.asText())) {
                    out.add("rule " + id + " tag: " + t);
                }
            }
            if (tags.size() > SarifRule.MAX_TAGS) {
                out.add("rule " + id + " has " + tags.size() + " tags");
            }
        }
        JsonNode results = run.path("results");
        if (results.size() > SarifReporter.MAX_RESULTS) {
            out.add(results.size() + " results");
        }
        for (JsonNode r : results) {
            String id = r.path("ruleId").asText();
            int index = r.path("ruleIndex").asInt(-1);
            if (index < 0 || index >= rules.size() || !rules.get(index).path("id").asText().equals(id)) {
                out.add("result of " + id + " has ruleIndex " + index);
            }
            level(r.path("level"), "result of " + id, out);
            if (!r.at("/message/text").isTextual()) {
                out.add("result of " + id + " has no message text");
            }
            for (JsonNode flow : r.path("codeFlows")) {
                for (JsonNode thread : flow.path("threadFlows")) {
                    if (thread.path("locations").size() > SarifReporter.MAX_TRACE_STEPS) {
                        out.add("result of " + id + " has a thread flow of " + thread.path("locations").size());
                    }
                }
            }
        }
        for (JsonNode inv : run.path("invocations")) {
            for (JsonNode n : inv.path("toolExecutionNotifications")) {
                level(n.path("level"), "notification", out);
            }
        }
        String base = run.at("/originalUriBaseIds/%SRCROOT%/uri").asText();
        if (!base.startsWith("file:") || !base.endsWith("/")) {
            out.add("%SRCROOT%: " + base);
        }
    }

    private static void level(JsonNode level, String where, List<String> out) {
        if (!level.isMissingNode() && !LEVELS.contains(level.asText())) {
            out.add(where + " level: " + level);
        }
    }
}
