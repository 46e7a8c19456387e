package argus.rules.compat;

import argus.config.PhpVersion;
import argus.config.PhpVersionRange;
import argus.diag.Severity;
import argus.rules.FindingSink;
import argus.rules.Scope;
import argus.source.Span;

/**
 * A piece of syntax whose validity depends on the PHP version, one entry of
 * {@code rules/compat/syntax.json}: it exists from {@code since}, is deprecated from
 * {@code deprecated} and gone from {@code until} (each null when it does not apply).
 */
public record Feature(String id, String description, PhpVersion since, PhpVersion deprecated, PhpVersion until) {

    /** Whether some targeted version lacks the feature, or deprecates it. */
    public boolean concerns(PhpVersionRange range) {
        return since != null && range.min().compareTo(since) < 0
                || until != null && range.max().atLeast(until)
                || deprecated != null && range.max().atLeast(deprecated);
    }

    /** ERROR when a targeted version cannot run the code, WARNING when it only deprecates it. */
    public Severity severity(PhpVersionRange range) {
        boolean breaks = since != null && range.min().compareTo(since) < 0 || until != null && range.max().atLeast(until);
        return breaks ? Severity.ERROR : Severity.WARNING;
    }

    /** What is wrong for this range, naming the version that changed it; null when nothing is. */
    public String message(PhpVersionRange range) {
        if (!concerns(range)) {
            return null;
        }
        String targets = "; the project targets " + range;
        if (since != null && range.min().compareTo(since) < 0) {
            return description + " requires PHP " + since + targets;
        }
        if (until != null && range.max().atLeast(until)) {
            return description + " was removed in PHP " + until
                    + (deprecated == null ? "" : " (deprecated since " + deprecated + ")") + targets;
        }
        return description + " is deprecated since PHP " + deprecated
                + (until == null ? "" : " and removed in " + until) + targets;
    }

    /** Reports the feature at {@code at} when the targeted range calls for it; tells whether it did. */
    public boolean report(Span at, Scope scope, FindingSink out) {
        String message = message(scope.phpVersions());
        if (message == null) {
            return false;
        }
        out.report(at, message, severity(scope.phpVersions()));
        return true;
    }
}
