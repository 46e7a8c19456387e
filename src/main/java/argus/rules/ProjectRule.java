package argus.rules;

import argus.source.Span;
import argus.usage.ProjectUsage;

/**
 * A rule about the whole project, judged once after every file was analysed: whether public code
 * is used anywhere (`--find-dead-code`). It never sees a file's syntax; it reads the project's
 * merged usage facts, which the engine gathers from each file while the per-file rules run
 * ({@link RuleEngine#usage}). Like every rule, stateless.
 */
public interface ProjectRule extends Rule {
    void check(ProjectUsage project, Sink out);

    /** Where a project rule reports: findings may land in any file. Rule id, category and severity are stamped. */
    interface Sink {
        void report(String file, Span at, String message);
    }
}
