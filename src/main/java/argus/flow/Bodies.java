package argus.flow;

import argus.ast.ParseResult;

/**
 * Where the flow finds the parse of another file of the project, to infer what a function
 * declared there returns when nothing declares it. Without one, only the file being
 * analysed is at hand, and calls of undeclared functions elsewhere are mixed.
 */
@FunctionalInterface
public interface Bodies {
    Bodies NONE = file -> null;

    /** The parse of a project file, named as its symbols' origin names it; null when not at hand. */
    ParseResult parsed(String file);
}
