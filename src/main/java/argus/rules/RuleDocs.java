package argus.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The long descriptions of rules, {@code rules/docs/<id>.md}, read from the class path: the pom
 * packages {@code rules/} into the jar, so this works from the jar and from tests alike.
 */
public final class RuleDocs {
    // Rule ids are PascalCase; anything else never names a doc (and never a path outside rules/docs/).
    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    private RuleDocs() {
    }

    /** The whole Markdown text, "\n" line ends, trimmed; empty when the rule has no doc. */
    public static Optional<String> markdown(String ruleId) {
        if (!ID.matcher(ruleId).matches()) {
            return Optional.empty();
        }
        try (InputStream in = RuleDocs.class.getClassLoader().getResourceAsStream("rules/docs/" + ruleId + ".md")) {
            if (in == null) {
                return Optional.empty();
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n").strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the doc of " + ruleId, e);
        }
    }

    /** The text under a "## heading" line up to the next heading of level 1 or 2, trimmed; empty when absent. */
    public static Optional<String> section(String markdown, String heading) {
        String[] lines = markdown.split("\n", -1);
        StringBuilder out = null;
        boolean inFence = false;
        for (String line : lines) {
            // A "## " inside a ```php block is code, not a heading.
            boolean heading2 = !inFence && (line.startsWith("## ") || line.startsWith("# "));
            if (line.startsWith("```")) {
                inFence = !inFence;
            }
            if (heading2) {
                if (out != null) {
                    break;
                }
                if (line.substring(line.indexOf(' ') + 1).strip().equalsIgnoreCase(heading)) {
                    out = new StringBuilder();
                }
                continue;
            }
            if (out != null) {
                out.append(line).append('\n');
            }
        }
        String text = out == null ? "" : out.toString().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
