package argus.report;

import argus.diag.Finding;
import java.nio.charset.StandardCharsets;

/**
 * The job summary of the GitHub format: a heading with the counts and a Markdown table of all
 * findings. GitHub refuses a step summary over 1 MiB outright, so a table that would pass that
 * stops early and says how many rows it left out.
 */
final class GithubSummary {
    static final int MAX_BYTES = 1024 * 1024 - 4 * 1024;

    private GithubSummary() {
    }

    static String markdown(Report report) {
        return markdown(report, MAX_BYTES);
    }

    static String markdown(Report report, int maxBytes) {
        StringBuilder b = new StringBuilder("### ").append(escape(report.toolName())).append(": ")
                .append(TextReporter.counts(report)).append("\n\n");
        if (report.findings().isEmpty()) {
            return b.toString();
        }
        b.append("| Severity | File | Line | Rule | Message |\n| --- | --- | ---: | --- | --- |\n");
        int bytes = utf8Length(b);
        int written = 0;
        for (Finding f : report.findings()) {
            String row = "| " + f.severity().id() + " | " + escape(report.projectPath(f.file())) + " | " + f.line()
                    + " | " + escape(f.rule()) + " | " + escape(f.message()) + " |\n";
            int rowBytes = utf8Length(row);
            if (bytes + rowBytes > maxBytes) {
                break;
            }
            b.append(row);
            bytes += rowBytes;
            written++;
        }
        int left = report.findings().size() - written;
        if (left > 0) {
            b.append("\n").append(left).append(" more findings are not listed: GitHub shows at most 1 MiB of summary a step.\n");
        }
        return b.append('\n').toString();
    }

    /**
     * Text for a table cell, shown as typed: every ASCII punctuation character that Markdown or
     * HTML could act on is backslash-escaped (GitHub's Markdown allows that for any of them),
     * and line breaks, which would end the row, become spaces.
     */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                b.append(' ');
            } else if (c < 0x20 || c == 0x7F) {
                b.append('\uFFFD');
            } else if ("\\`*_[]<>|&~".indexOf(c) >= 0) {
                b.append('\\').append(c);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static int utf8Length(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
