package argus.usage;

import java.util.List;

/** One file's declarations (in source order) and references: its share of {@link ProjectUsage}. */
public record FileUsage(String file, List<Declaration> declarations, References references) {
    public FileUsage {
        declarations = List.copyOf(declarations);
    }
}
