package argus.driver;

import argus.diag.Category;
import argus.diag.Finding;
import argus.diag.Severity;
import argus.rules.RuleInfo;
import argus.rules.RuleRegistry;
import argus.rules.RuleSelection;
import argus.rules.deadcode.UnusedSuppression;
import argus.source.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The suppression comments of one file, made by {@link Suppressions#of}: small and immutable, with
 * no AST or source, so the driver can keep one per file until every finding is known.
 * <p>ParseError findings are never suppressed: a file PHP refuses to run is broken whatever the
 * comments say, and the parser's recovery can move the error to a line a comment happens to cover.
 * Files that are broken on purpose (test fixtures) belong in {@code exclude} or an {@code ignore}
 * entry of argus.json, which are visible in one place.
 */
public final class FileSuppressions {
    static final String PARSE_ERROR = "ParseError";
    static final String UNUSED_SUPPRESSION = "UnusedSuppression";
    static final FileSuppressions NONE = new FileSuppressions("", List.of());

    /** How a directive is written. Only argus's own spellings are reported when they hide nothing. */
    enum Spelling {
        ARGUS_IGNORE("@argus-ignore", true),
        ARGUS_SUPPRESS("@argus-suppress", true),
        PSALM_SUPPRESS("@psalm-suppress", false),
        PHPSTAN_IGNORE_NEXT_LINE("@phpstan-ignore-next-line", false),
        PHPSTAN_IGNORE_LINE("@phpstan-ignore-line", false),
        PHPSTAN_IGNORE("@phpstan-ignore", false);

        final String text;
        final boolean argus;

        Spelling(String text, boolean argus) {
            this.text = text;
            this.argus = argus;
        }
    }

    /**
     * A name in a directive, where it is written, and the argus rules it stands for (empty: none
     * argus knows); {@code hint} is the "did you mean" for an unknown argus name.
     */
    record Target(String name, Span span, Set<String> ruleIds, String hint) {
    }

    /**
     * One directive: the lines it covers ({@code fromLine..toLine}, plus {@code nextLine} unless -1)
     * and the rules it suppresses there (every rule when {@code allRules}).
     */
    record Directive(Spelling spelling, Span span, int fromLine, int toLine, int nextLine, boolean allRules,
                     List<Target> targets) {
        Directive {
            targets = List.copyOf(targets);
        }

        boolean covers(int line) {
            return line >= fromLine && line <= toLine || line == nextLine;
        }
    }

    /**
     * @param kept       the findings no directive covers, in their input order
     * @param suppressed the findings a directive hid
     * @param unused     UnusedSuppression findings for argus directives that hid nothing, sorted
     */
    public record Result(List<Finding> kept, List<Finding> suppressed, List<Finding> unused) {
        public Result {
            kept = List.copyOf(kept);
            suppressed = List.copyOf(suppressed);
            unused = List.copyOf(unused);
        }
    }

    private final String file;
    private final List<Directive> directives;

    FileSuppressions(String file, List<Directive> directives) {
        this.file = file;
        this.directives = List.copyOf(directives);
    }

    public boolean isEmpty() {
        return directives.isEmpty();
    }

    List<Directive> directives() {
        return directives;
    }

    /** As {@link #apply(List, RuleSelection)} when every rule ran at its default severity. */
    public Result apply(List<Finding> findings) {
        RuleInfo info = RuleRegistry.info(UNUSED_SUPPRESSION);
        return apply(findings, id -> true, id -> info.severity());
    }

    /**
     * Splits this file's findings (of every rule that ran on it, before path ignores and the
     * baseline, so a comment is not taken for unused when those would drop its finding anyway)
     * into kept and suppressed, and reports the argus directives that hid nothing. A directive
     * naming a rule that did not run is not reported: turning a rule off must not make its
     * suppressions noise. Findings of other files pass through.
     */
    public Result apply(List<Finding> findings, RuleSelection selection) {
        return apply(findings, selection::enabled, selection::severity);
    }

    /**
     * The first of the two passes of a whole-project run, over the file's own findings: as
     * {@link #apply(List, RuleSelection)}, except that a directive naming a rule in
     * {@code deferred} (a project rule, whose findings come after every file) is left for
     * {@link #applyDeferred}.
     */
    public Result apply(List<Finding> findings, RuleSelection selection, Set<String> deferred) {
        return apply(findings, id -> selection.enabled(id) && !deferred.contains(id), selection::severity);
    }

    /**
     * The second pass, over this file's findings of the {@code deferred} rules: hides those a
     * directive covers, and reports the directives naming a deferred rule that hid nothing. Malformed
     * directives were reported by the first pass and are not again.
     */
    public Result applyDeferred(List<Finding> findings, RuleSelection selection, Set<String> deferred) {
        if (directives.isEmpty()) {
            return new Result(findings, List.of(), List.of());
        }
        boolean[][] used = usedFlags();
        List<Finding> kept = new ArrayList<>();
        List<Finding> suppressed = new ArrayList<>();
        for (Finding f : findings) {
            (hides(f, used) ? suppressed : kept).add(f);
        }
        List<Finding> unused = selection.enabled(UNUSED_SUPPRESSION)
                ? unused(used, id -> selection.enabled(id) && deferred.contains(id),
                        selection.severity(UNUSED_SUPPRESSION), false)
                : List.of();
        return new Result(kept, suppressed, unused);
    }

    private boolean[][] usedFlags() {
        boolean[][] used = new boolean[directives.size()][];
        for (int i = 0; i < used.length; i++) {
            used[i] = new boolean[directives.get(i).targets().size()];
        }
        return used;
    }

    private Result apply(List<Finding> findings, Predicate<String> ran, Function<String, Severity> severity) {
        if (directives.isEmpty()) {
            return new Result(findings, List.of(), List.of());
        }
        boolean[][] used = usedFlags();
        List<Finding> kept = new ArrayList<>();
        List<Finding> suppressed = new ArrayList<>();
        for (Finding f : findings) {
            (hides(f, used) ? suppressed : kept).add(f);
        }
        List<Finding> unused = ran.test(UNUSED_SUPPRESSION) ? unused(used, ran, severity.apply(UNUSED_SUPPRESSION), true)
                : List.of();
        return new Result(kept, suppressed, unused);
    }

    /** Whether any directive hides {@code f}; marks every argus name that does, so none of them is reported. */
    private boolean hides(Finding f, boolean[][] used) {
        if (f.rule().equals(PARSE_ERROR) || !f.file().equals(file)) {
            return false;
        }
        boolean hidden = false;
        for (int i = 0; i < directives.size(); i++) {
            Directive d = directives.get(i);
            if (!d.covers(f.line())) {
                continue;
            }
            hidden |= d.allRules();
            for (int j = 0; j < d.targets().size(); j++) {
                if (d.targets().get(j).ruleIds().contains(f.rule())) {
                    used[i][j] = true;
                    hidden = true;
                }
            }
        }
        return hidden;
    }

    /*
     * Only argus's spellings are reported: a @psalm-suppress or @phpstan-ignore usually hides an
     * issue argus does not check (or checks differently), so "hides nothing" would be wrong about
     * the other tool and push users to delete comments that tool still needs.
     */
    private List<Finding> unused(boolean[][] used, Predicate<String> ran, Severity severity, boolean malformedToo) {
        Category category = RuleRegistry.info(UNUSED_SUPPRESSION).category();
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < directives.size(); i++) {
            Directive d = directives.get(i);
            if (!d.spelling().argus) {
                continue;
            }
            if (d.targets().isEmpty() && malformedToo) {
                out.add(finding(category, severity, d.span(), d.spelling().text + " needs a rule id, e.g. "
                        + d.spelling().text + " UnusedVariable"));
            }
            for (int j = 0; j < d.targets().size(); j++) {
                Target t = d.targets().get(j);
                String message = null;
                if (!malformedToo && (t.ruleIds().isEmpty() || t.ruleIds().contains(PARSE_ERROR))) {
                    continue;
                }
                if (t.ruleIds().isEmpty()) {
                    message = "unknown rule '" + t.name() + "'" + (t.hint() == null ? "" : " (did you mean " + t.hint() + "?)");
                } else if (t.ruleIds().contains(PARSE_ERROR)) {
                    message = "ParseError cannot be suppressed by a comment; exclude the file or add an ignore entry"
                            + " in argus.json";
                } else if (!used[i][j] && t.ruleIds().stream().anyMatch(ran)) {
                    message = UnusedSuppression.message(d.spelling().text, t.ruleIds().iterator().next());
                }
                if (message != null) {
                    out.add(finding(category, severity, t.span(), message));
                }
            }
        }
        Collections.sort(out);
        return out;
    }

    private Finding finding(Category category, Severity severity, Span at, String message) {
        return new Finding(UNUSED_SUPPRESSION, category, severity, file, at, message, List.of());
    }
}
