package argus.rules;

/**
 * What a rule reads beyond the file's syntax. The engine computes only what the enabled rules
 * need: a run of syntax rules never builds the symbol index, and the flow analysis of a file
 * runs only when some rule asks a {@link Scope} for a type or for reachability.
 */
public enum Needs {
    /** The file's AST alone (compatibility syntax, parse errors). */
    SYNTAX,
    /** Also the declarations of the whole project and PHP's built-ins. */
    PROJECT,
    /** Also the flow analysis: inferred types, reachability. */
    FLOW;

    public boolean project() {
        return this != SYNTAX;
    }
}
