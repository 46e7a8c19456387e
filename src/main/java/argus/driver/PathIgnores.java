package argus.driver;

import argus.config.Config;
import argus.config.ConfigException;
import argus.config.Names;
import argus.diag.Category;
import argus.diag.Finding;
import argus.rules.Rule;
import argus.rules.RuleRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The config's {@code ignore} entries: findings to drop by path glob (see {@link Glob}) and
 * optionally by rule or category, matched against the file's path relative to the config root.
 * Unlike {@code exclude}, an ignored file is still analysed, so what it declares stays known to
 * the rest of the project. Apply after inline suppressions (so a comment whose finding an ignore
 * entry drops is not taken for unused) and before the baseline.
 */
public final class PathIgnores {
    /** One entry; no rules and no categories means every rule. */
    private record Entry(Glob glob, Set<String> rules, Set<Category> categories) {
        boolean covers(String ruleId, Category category) {
            return rules.isEmpty() && categories.isEmpty() || rules.contains(ruleId) || categories.contains(category);
        }
    }

    private final Path root;
    private final List<Entry> entries;
    private final List<Glob> excludes;

    private PathIgnores(Path root, List<Entry> entries, List<Glob> excludes) {
        this.root = root;
        this.entries = List.copyOf(entries);
        this.excludes = List.copyOf(excludes);
    }

    /**
     * Compiles the config's globs, {@code exclude} ones included, so that a bad pattern is reported as
     * a config error naming its key rather than later as an {@code --exclude} problem.
     *
     * @throws ConfigException naming {@code exclude[i]}, {@code ignore[i].path} or {@code ignore[i].rules[j]}
     */
    public static PathIgnores of(Config config) {
        return of(config, RuleRegistry.ALL);
    }

    /** With another rule list, for tests of rules not registered yet. */
    public static PathIgnores of(Config config, List<? extends Rule> rules) {
        List<Glob> excludes = new ArrayList<>();
        for (int i = 0; i < config.excludes().size(); i++) {
            excludes.add(glob(config, "exclude[" + i + "]", config.excludes().get(i)));
        }
        List<String> ids = new ArrayList<>();
        rules.forEach(r -> ids.add(r.id()));
        ids.sort(null);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < config.ignores().size(); i++) {
            Config.PathIgnore ignore = config.ignores().get(i);
            Glob glob = glob(config, "ignore[" + i + "].path", ignore.glob());
            Set<String> ruleIds = new TreeSet<>();
            Set<Category> categories = EnumSet.noneOf(Category.class);
            for (int j = 0; j < ignore.rules().size(); j++) {
                String name = ignore.rules().get(j);
                String id = ids.stream().filter(name::equalsIgnoreCase).findFirst().orElse(null);
                Category category = category(name);
                if (id != null) {
                    ruleIds.add(id);
                } else if (category != null) {
                    categories.add(category);
                } else {
                    List<String> candidates = new ArrayList<>(ids);
                    for (Category c : Category.values()) {
                        candidates.add(c.id());
                    }
                    throw ConfigException.at(config.file(), "ignore[" + i + "].rules[" + j + "]",
                            "unknown rule or category '" + name + "'" + Names.didYouMean(name, candidates));
                }
            }
            entries.add(new Entry(glob, ruleIds, categories));
        }
        return new PathIgnores(config.root().toAbsolutePath().normalize(), entries, excludes);
    }

    /**
     * Whether the config's {@code exclude} leaves this file out of the analysis altogether, its
     * path taken relative to the config root (a file outside the root is never excluded).
     */
    public boolean excludes(Path file) {
        if (excludes.isEmpty()) {
            return false;
        }
        Path abs = file.toAbsolutePath().normalize();
        if (!abs.startsWith(root) || abs.equals(root)) {
            return false;
        }
        String rel = slashes(root.relativize(abs));
        for (Glob g : excludes) {
            if (matches(g, rel)) {
                return true;
            }
        }
        return false;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * Whether an entry drops findings of {@code ruleId} in the file at {@code rootRelativePath}
     * ({@code /} separators). A glob that matches a folder covers every file below it, as in
     * {@code exclude}: {@code "legacy"} and {@code "src/legacy"} cover {@code src/legacy/a.php}.
     */
    public boolean ignores(String rootRelativePath, String ruleId, Category category) {
        for (Entry e : entries) {
            if (e.covers(ruleId, category) && matches(e.glob, rootRelativePath)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The findings no entry drops, in their order. A finding's file is its display path (relative to
     * {@code cwd}, or absolute); files outside the config root are never ignored.
     */
    public List<Finding> filter(List<Finding> findings, Path cwd) {
        if (entries.isEmpty()) {
            return findings;
        }
        Path base = cwd.toAbsolutePath().normalize();
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Path file = base.resolve(f.file()).normalize();
            boolean dropped = file.startsWith(root) && !file.equals(root)
                    && ignores(slashes(root.relativize(file)), f.rule(), f.category());
            if (!dropped) {
                out.add(f);
            }
        }
        return out;
    }

    private static boolean matches(Glob glob, String path) {
        if (glob.matches(path)) {
            return true;
        }
        for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
            if (glob.matches(path.substring(0, slash))) {
                return true;
            }
        }
        return false;
    }

    private static String slashes(Path p) {
        return p.toString().replace(p.getFileSystem().getSeparator(), "/");
    }

    private static Category category(String name) {
        for (Category c : Category.values()) {
            if (c.id().equalsIgnoreCase(name) || c.name().equalsIgnoreCase(name)) {
                return c;
            }
        }
        return null;
    }

    private static Glob glob(Config config, String key, String pattern) {
        try {
            return Glob.compile(pattern);
        } catch (IllegalArgumentException e) {
            // Glob words its messages for --exclude; keep only the reason.
            String m = String.valueOf(e.getMessage());
            int reason = m.lastIndexOf("': ");
            throw ConfigException.at(config.file(), key, "'" + pattern + "' is not a valid glob"
                    + (reason >= 0 ? ": " + m.substring(reason + 3) : ""));
        }
    }
}
