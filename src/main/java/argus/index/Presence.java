package argus.index;

/** Whether a built-in symbol exists in one PHP version, as far as the generated data can tell. */
public enum Presence {
    PRESENT,
    ABSENT,
    /**
     * The data cannot say: the version is outside those checked (before 7.2, after 8.4), or the
     * symbol's extension was not built into the runtime of that version.
     */
    UNKNOWN
}
