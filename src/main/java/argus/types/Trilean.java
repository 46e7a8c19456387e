package argus.types;

/**
 * Three-valued answers: YES (always), NO (never), MAYBE (depends on the value or on what
 * we do not know). Rules report on YES or NO only, so MAYBE is the quiet answer.
 */
public enum Trilean {
    YES, MAYBE, NO;

    public static Trilean of(boolean b) {
        return b ? YES : NO;
    }

    public Trilean and(Trilean other) {
        if (this == NO || other == NO) {
            return NO;
        }
        return this == YES && other == YES ? YES : MAYBE;
    }

    public Trilean or(Trilean other) {
        if (this == YES || other == YES) {
            return YES;
        }
        return this == NO && other == NO ? NO : MAYBE;
    }

    public Trilean not() {
        return this == YES ? NO : this == NO ? YES : MAYBE;
    }

    public boolean yes() {
        return this == YES;
    }

    public boolean no() {
        return this == NO;
    }

    public boolean maybe() {
        return this == MAYBE;
    }
}
