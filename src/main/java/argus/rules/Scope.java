package argus.rules;

import argus.config.PhpVersionRange;
import argus.source.SourceFile;

/**
 * What a rule may ask about the place it looks at. Grows with the engine: the symbol index,
 * inferred types and flow facts arrive with the semantic core.
 */
public interface Scope {
    SourceFile source();

    /** The PHP versions the project targets. */
    PhpVersionRange phpVersions();
}
