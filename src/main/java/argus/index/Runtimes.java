package argus.index;

import argus.config.PhpVersion;
import argus.config.PhpVersionRange;

import java.util.List;
import java.util.Map;

/**
 * rules/builtins/runtimes.json: the PHP runtimes the data was generated from, the versions each
 * extension was checked in, and how many symbols each version has.
 */
public record Runtimes(List<PhpVersion> versions, List<Runtime> runtimes, Map<String, PhpVersionRange> extensions,
                       Map<String, Counts> counts) {
    public Runtimes {
        versions = List.copyOf(versions);
        runtimes = List.copyOf(runtimes);
        extensions = Map.copyOf(extensions);
        counts = Map.copyOf(counts);
    }

    /** The versions the data covers: before and after it, presence is unknown. */
    public PhpVersionRange checked() {
        return new PhpVersionRange(versions.get(0), versions.get(versions.size() - 1));
    }

    /** {@code php} is the runtime's full PHP_VERSION, e.g. "8.3.23-dev". */
    public record Runtime(String id, String source, String php, List<String> extensions) {
        public Runtime {
            extensions = List.copyOf(extensions);
        }
    }

    public record Counts(int functions, int classes, int constants) {
    }
}
