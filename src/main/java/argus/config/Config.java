package argus.config;

import argus.diag.Severity;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A project's settings, from {@code argus.json} (see {@link ConfigLoader}) or the defaults,
 * before command-line options override them. Paths and globs are relative to {@code root}, the
 * folder of the config file (or the working folder without one). docs/config.md describes the keys.
 *
 * @param file    the config file (absolute), or null for the defaults
 * @param rules   per rule id or category id (`dead-code`): on/off and a severity override
 * @param ignores findings to drop by path glob (and rules; all rules when the list is empty)
 * @param baseline baseline file, or null
 * @param failOn  lowest severity that fails the run; null for never
 * @param taint   the user's taint sources, sinks and sanitizers, as written (read by the taint engine)
 * @param findDeadCode also report public code that nothing in the project uses ({@code --find-dead-code})
 * @param cacheDir the result cache folder ({@code --cache-dir}), or null for the default
 */
public record Config(Path root, Path file, List<String> paths, List<String> excludes, PhpVersionRange phpVersions,
                     int level, Map<String, RuleSetting> rules, List<PathIgnore> ignores, String baseline,
                     Severity failOn, JsonNode taint, List<String> entryPoints, boolean findDeadCode,
                     String cacheDir) {
    public static final int DEFAULT_LEVEL = 3;

    public Config {
        paths = List.copyOf(paths);
        excludes = List.copyOf(excludes);
        rules = Map.copyOf(rules);
        ignores = List.copyOf(ignores);
        entryPoints = List.copyOf(entryPoints);
    }

    /** The settings before findDeadCode and cacheDir were keys, kept for existing callers. */
    public Config(Path root, Path file, List<String> paths, List<String> excludes, PhpVersionRange phpVersions,
                  int level, Map<String, RuleSetting> rules, List<PathIgnore> ignores, String baseline,
                  Severity failOn, JsonNode taint, List<String> entryPoints) {
        this(root, file, paths, excludes, phpVersions, level, rules, ignores, baseline, failOn, taint, entryPoints,
                false, null);
    }

    /** No config file: everything default, the PHP versions from composer.json when present. */
    public static Config defaults(Path root, PhpVersionRange phpVersions) {
        return new Config(root, null, List.of("."), List.of(), phpVersions, DEFAULT_LEVEL, Map.of(), List.of(), null,
                Severity.ERROR, null, List.of(), false, null);
    }

    /** On or off, and the severity to report at (null: the rule's own). */
    public record RuleSetting(boolean enabled, Severity severity) {
    }

    /** Drop findings in files matching {@code glob}, of {@code rules} (every rule when empty). */
    public record PathIgnore(String glob, List<String> rules) {
        public PathIgnore {
            rules = List.copyOf(rules);
        }
    }
}
