package argus.report;

import java.util.Locale;

/** The {@code --format} values, by the names users type. */
public enum Format {
    TEXT, JSON, SARIF, CHECKSTYLE, JUNIT, GITHUB;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @param colour whether the text format may use ANSI colours (ignored by the others) */
    public Reporter reporter(boolean colour) {
        return switch (this) {
            case TEXT -> new TextReporter(colour);
            case JSON -> new JsonReporter();
            case SARIF -> new SarifReporter();
            case CHECKSTYLE -> new CheckstyleReporter();
            case JUNIT -> new JunitReporter();
            // The job summary file GitHub Actions names for each step.
            case GITHUB -> new GithubReporter(System.getenv("GITHUB_STEP_SUMMARY"));
        };
    }

    public static Format fromId(String id) {
        for (Format f : values()) {
            if (f.id().equalsIgnoreCase(id)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + id + "' (expected " + ids() + ")");
    }

    public static String ids() {
        StringBuilder b = new StringBuilder();
        for (Format f : values()) {
            b.append(b.length() == 0 ? "" : ", ").append(f.id());
        }
        return b.toString();
    }
}
