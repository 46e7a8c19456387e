package argus.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The long descriptions, `rules/docs/<Id>.md`, packaged into the jar. */
public final class RuleDocs {
    private RuleDocs() {
    }

    /** The Markdown of a rule's doc, or null when the jar has none. */
    public static String markdown(String ruleId) {
        try (InputStream in = RuleDocs.class.getClassLoader().getResourceAsStream("rules/docs/" + ruleId + ".md")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a `## Title` section (without its heading), or null. */
    public static String section(String markdown, String title) {
        if (markdown == null) {
            return null;
        }
        String heading = "\n## " + title + "\n";
        int start = markdown.indexOf(heading);
        if (start < 0) {
            return null;
        }
        int end = markdown.indexOf("\n## ", start + heading.length() - 1);
        return markdown.substring(start + heading.length(), end < 0 ? markdown.length() : end).strip();
    }
}
