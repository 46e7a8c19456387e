package argus.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inline markers of a fixture file:
 * <ul>
 *   <li>{@code // expect: RuleId} expects one finding of that rule on this line;
 *       {@code // expect: A, B} several; {@code RuleId "text"} also requires the text in the message;</li>
 *   <li>{@code // expect@+1: RuleId} applies to the next line (heredoc bodies, inline HTML);</li>
 *   <li>a line {@code //   ^^^^} right under a marked line pins the columns of its (single) finding;</li>
 *   <li>a header {@code // argus-test: php=7.4..8.0 rules=A,B level=2} overrides the defaults.</li>
 * </ul>
 */
public final class Expectations {
    private static final Pattern MARKER = Pattern.compile("(?://|#)\\s*expect(@\\+(\\d+))?:\\s*(.*)$");
    private static final Pattern ITEM = Pattern.compile("\\s*([A-Za-z][A-Za-z0-9]*)\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\")?\\s*(?:,|$)");
    private static final Pattern CARETS = Pattern.compile("^\\s*//(\\s*)(\\^+)\\s*$");
    private static final Pattern HEADER = Pattern.compile("//\\s*argus-test:\\s*(.*)$");

    /** One expected finding; startColumn/endColumn are 0 when not pinned. */
    public record Expected(String file, int line, String rule, String messagePart, int startColumn, int endColumn) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + rule + (messagePart == null ? "" : " \"" + messagePart + "\"")
                    + (startColumn > 0 ? " at columns " + startColumn + "-" + endColumn : "");
        }
    }

    private Expectations() {
    }

    /** The `argus-test:` settings of a file, e.g. {php=7.4..8.0, rules=A,B}. */
    public static Map<String, String> header(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : text.split("\n", 20)) {
            Matcher m = HEADER.matcher(line);
            if (m.find()) {
                for (String pair : m.group(1).trim().split("\\s+")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0) {
                        out.put(pair.substring(0, eq), pair.substring(eq + 1));
                    }
                }
            }
        }
        return out;
    }

    public static List<Expected> parse(String file, String text) {
        String[] lines = text.split("\n", -1);
        List<Expected> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher m = MARKER.matcher(lines[i]);
            if (!m.find()) {
                continue;
            }
            int target = i + 1 + (m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
            int[] columns = caretColumns(lines, i + 1);
            String items = m.group(3).trim();
            Matcher item = ITEM.matcher(items);
            int at = 0;
            List<Expected> here = new ArrayList<>();
            while (at < items.length() && item.find(at) && item.start() == at) {
                String part = item.group(2) == null ? null : item.group(2).replace("\\\"", "\"");
                here.add(new Expected(file, target, item.group(1), part, 0, 0));
                at = item.end();
            }
            if (at < items.length() || here.isEmpty()) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": malformed marker: " + lines[i].trim());
            }
            if (columns != null) {
                if (here.size() != 1) {
                    throw new IllegalArgumentException(file + ":" + (i + 2) + ": a caret line needs exactly one expected finding");
                }
                Expected e = here.get(0);
                here.set(0, new Expected(file, e.line(), e.rule(), e.messagePart(), columns[0], columns[1]));
            }
            out.addAll(here);
        }
        return out;
    }

    /** 1-based start and exclusive end column of the carets on line {@code index}, or null. */
    private static int[] caretColumns(String[] lines, int index) {
        if (index >= lines.length) {
            return null;
        }
        Matcher m = CARETS.matcher(lines[index]);
        if (!m.find()) {
            return null;
        }
        int start = m.start(2) + 1;
        return new int[] {start, start + m.group(2).length()};
    }
}
