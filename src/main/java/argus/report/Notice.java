package argus.report;

import argus.diag.Severity;
import java.util.Objects;

/**
 * Something about the run that is not a finding: a file that could not be read or parsed, a skipped
 * folder, a report cut short. SARIF writes these as toolExecutionNotifications; a notice of level
 * ERROR means the run did not do all it should (SARIF's executionSuccessful false).
 *
 * @param file the display path the notice is about (like {@code Finding.file}), or null
 */
public record Notice(String file, Severity level, String message) {
    public Notice {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(message, "message");
    }

    public static Notice warning(String message) {
        return new Notice(null, Severity.WARNING, message);
    }
}
