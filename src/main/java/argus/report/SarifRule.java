package argus.report;

import argus.diag.Category;
import argus.diag.Finding;
import argus.diag.Severity;
import argus.rules.RuleDocs;
import argus.rules.RuleInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What SARIF's reportingDescriptor says of a rule. From {@link RuleInfo} for a registered rule;
 * for an id the registry does not know (a rule of a newer engine, a test's rule) it is derived
 * from the first finding, so a report is never refused for want of metadata.
 *
 * @param precision SARIF precision, or null when unknown
 * @param securitySeverity 0.0..10.0, or negative when none
 */
record SarifRule(String id, Category category, Severity level, String summary, String precision, int[] cwe,
                 double securitySeverity) {
    /** GitHub keeps only the first 10 tags of a rule. */
    static final int MAX_TAGS = 10;

    static SarifRule of(RuleInfo info) {
        return new SarifRule(info.id(), info.category(), info.severity(), info.summary(), info.precision().id,
                info.cwe().clone(), info.securitySeverity());
    }

    static SarifRule derived(Finding f) {
        String summary = RuleDocs.markdown(f.rule()).flatMap(SarifRule::firstParagraph).orElse(words(f.rule()));
        return new SarifRule(f.rule(), f.category(), f.severity(), summary, null, new int[0], -1);
    }

    boolean security() {
        return category == Category.SECURITY || cwe.length > 0 || securitySeverity >= 0;
    }

    Set<String> tags() {
        Set<String> tags = new LinkedHashSet<>();
        tags.add(category.id());
        if (security()) {
            tags.add("security");
        }
        for (int c : cwe) {
            // GitHub's spelling: external/cwe/cwe-089, three digits at least.
            tags.add(String.format(Locale.ROOT, "external/cwe/cwe-%03d", c));
        }
        Set<String> kept = new LinkedHashSet<>();
        for (String t : tags) {
            if (kept.size() < MAX_TAGS) {
                kept.add(t);
            }
        }
        return kept;
    }

    void write(JsonGenerator g) throws IOException {
        Optional<String> doc = RuleDocs.markdown(id);
        g.writeStartObject();
        // No "name": ours would equal the id, and SARIF then wants it left out (validator rule SARIF1001).
        g.writeStringField("id", id);
        text(g, "shortDescription", summary);
        text(g, "fullDescription", doc.flatMap(d -> RuleDocs.section(d, "Why")).orElse(summary));
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level.id());
        g.writeEndObject();
        g.writeObjectFieldStart("help");
        g.writeStringField("text", doc.orElse(summary));
        g.writeStringField("markdown", doc.orElse(summary));
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        g.writeArrayFieldStart("tags");
        for (String t : tags()) {
            g.writeString(t);
        }
        g.writeEndArray();
        if (precision != null) {
            g.writeStringField("precision", precision);
        }
        if (securitySeverity >= 0) {
            // A string, as GitHub reads it; one decimal, as in its docs ("8.8").
            g.writeStringField("security-severity",
                    String.format(Locale.ROOT, "%.1f", Math.min(10.0, securitySeverity)));
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void text(JsonGenerator g, String field, String text) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("text", text);
        g.writeEndObject();
    }

    /** The first paragraph after the title of a rule doc. */
    private static Optional<String> firstParagraph(String markdown) {
        for (String para : markdown.split("\n\\s*\n")) {
            String p = para.strip();
            if (!p.isEmpty() && !p.startsWith("#") && !p.startsWith("```")) {
                return Optional.of(p.replace('\n', ' '));
            }
        }
        return Optional.empty();
    }

    /** "TaintedSql" as "Tainted sql": better than nothing for an unknown rule. */
    static String words(String id) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (i > 0 && Character.isUpperCase(c)) {
                b.append(' ').append(Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
