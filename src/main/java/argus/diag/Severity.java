package argus.diag;

import java.util.Locale;

/** Finding severities; they are SARIF's levels. */
public enum Severity {
    ERROR, WARNING, NOTE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
