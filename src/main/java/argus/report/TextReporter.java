package argus.report;

import argus.diag.Finding;
import argus.diag.Severity;
import argus.diag.TraceStep;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The report for people: each finding as {@code path:line:col: severity: message [Rule]} (the form
 * editors and terminals turn into links), its source line with carets under the span, then one
 * summary line. Columns are the byte columns of the JSON report, so both name the same place.
 */
public final class TextReporter implements Reporter {
    private static final String RESET = "\033[0m";
    private static final String BOLD = "\033[1m";
    private static final String CARET = "\033[1;32m";
    private static final String DIM = "\033[2m";

    private final boolean colour;

    public TextReporter(boolean colour) {
        this.colour = colour;
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        for (Finding f : report.findings()) {
            w.write(paint(BOLD, f.file() + ":" + f.line() + ":" + f.column() + ":"));
            w.write(" " + paint(severityColour(f.severity()), f.severity().id() + ":"));
            w.write(" " + Snippet.clean(f.message()) + " " + paint(DIM, "[" + f.rule() + "]") + "\n");
            Snippet snippet = Snippet.of(report.source(f.file()), f.span());
            if (snippet != null) {
                String number = Integer.toString(f.line());
                String gutter = " ".repeat(Math.max(0, 5 - number.length()));
                w.write(gutter + number + " | " + snippet.line() + "\n");
                w.write(" ".repeat(gutter.length() + number.length()) + " | " + paint(CARET, snippet.carets()) + "\n");
            }
            for (TraceStep step : f.trace()) {
                // file:line:col like the finding itself, so terminals and editors link each step too.
                w.write("      = " + step.file() + ":" + step.span().line() + ":" + step.span().column() + ": "
                        + Snippet.clean(step.message()) + "\n");
            }
            w.write("\n");
        }
        w.write(summary(report) + "\n");
        w.flush();
    }

    /** {@code 938 files, 17 findings (15 errors, 2 warnings, 0 notes) in 8.1s}. */
    static String summary(Report r) {
        return counts(r) + " in " + String.format(Locale.ROOT, "%.1fs", r.durationMs() / 1000.0);
    }

    /** {@code 938 files, 17 findings (15 errors, 2 warnings, 0 notes)}. */
    static String counts(Report r) {
        return plural(r.files(), "file") + ", " + plural(r.findings().size(), "finding")
                + " (" + plural(r.count(Severity.ERROR), "error") + ", " + plural(r.count(Severity.WARNING), "warning")
                + ", " + plural(r.count(Severity.NOTE), "note") + ")";
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String severityColour(Severity s) {
        return switch (s) {
            case ERROR -> "\033[1;31m";
            case WARNING -> "\033[1;33m";
            case NOTE -> "\033[1;36m";
        };
    }

    private String paint(String code, String text) {
        return colour ? code + text + RESET : text;
    }
}
