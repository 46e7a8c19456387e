package argus.report;

import argus.diag.Finding;
import argus.diag.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * GitHub Actions workflow commands, which GitHub turns into annotations on the pull request's
 * diff: {@code ::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=Rule::message}.
 *
 * <p>GitHub shows at most 10 error, 10 warning and 10 notice annotations a step and drops the
 * rest, so the most severe come first, each level cut at 10, and a last plain line says how many
 * were not shown. All findings go to the job summary, as a Markdown table, when
 * {@code GITHUB_STEP_SUMMARY} names a file (passed in, so tests need no environment).
 * Paths are relative to the project root, as GitHub wants paths relative to the repository.
 */
public final class GithubReporter implements Reporter {
    static final int MAX_PER_LEVEL = 10;

    private final String stepSummary;

    /** @param stepSummary the value of GITHUB_STEP_SUMMARY, or null */
    public GithubReporter(String stepSummary) {
        this.stepSummary = stepSummary == null || stepSummary.isBlank() ? null : stepSummary;
    }

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        int shown = 0;
        for (Severity level : Severity.values()) {
            int n = 0;
            for (Finding f : report.findings()) {
                if (f.severity() == level && n < MAX_PER_LEVEL) {
                    w.write(command(report, f));
                    n++;
                }
            }
            shown += n;
        }
        int hidden = report.findings().size() - shown;
        w.write(summary(report, hidden));
        w.flush();
        if (stepSummary != null) {
            Files.writeString(Path.of(stepSummary), GithubSummary.markdown(report),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    static String command(Report report, Finding f) {
        StringBuilder b = new StringBuilder("::").append(switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "notice";
        });
        b.append(" file=").append(property(report.projectPath(f.file())));
        if (f.line() >= 1) {
            b.append(",line=").append(f.line());
            // Columns as characters, as GitHub's diff shows them.
            var source = report.source(f.file());
            if (f.column() >= 1) {
                b.append(",col=").append(Utf16Columns.column(source, f.line(), f.column()));
            }
            if (f.span().endLine() >= f.line()) {
                b.append(",endLine=").append(f.span().endLine());
                if (f.column() >= 1 && f.span().endColumn() >= 1) {
                    b.append(",endColumn=").append(Utf16Columns.column(source, f.span().endLine(), f.span().endColumn()));
                }
            }
        }
        b.append(",title=").append(property(f.rule()));
        return b.append("::").append(data(f.message())).append('\n').toString();
    }

    private String summary(Report report, int hidden) {
        StringBuilder b = new StringBuilder("argus: ").append(TextReporter.counts(report));
        if (hidden > 0) {
            b.append("; ").append(hidden).append(" not shown as annotations (GitHub shows at most ")
                    .append(MAX_PER_LEVEL).append(" errors, ").append(MAX_PER_LEVEL).append(" warnings and ")
                    .append(MAX_PER_LEVEL).append(" notices a step)")
                    .append(stepSummary != null ? ": the job summary lists them all" : "");
        }
        return b.append('\n').toString();
    }

    /** Message text: GitHub's toolkit escapes these three, which would end the command. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Property values: also ':' and ',', which would end the value. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
