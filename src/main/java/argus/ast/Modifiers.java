package argus.ast;

import java.util.ArrayList;
import java.util.List;

/** Declaration modifiers as a bit set, in the order PHP programmers write them. */
public record Modifiers(int bits) {
    public static final int PUBLIC = 1;
    public static final int PROTECTED = 1 << 1;
    public static final int PRIVATE = 1 << 2;
    public static final int STATIC = 1 << 3;
    public static final int ABSTRACT = 1 << 4;
    public static final int FINAL = 1 << 5;
    public static final int READONLY = 1 << 6;
    public static final int VAR = 1 << 7;
    public static final int PUBLIC_SET = 1 << 8;
    public static final int PROTECTED_SET = 1 << 9;
    public static final int PRIVATE_SET = 1 << 10;

    public static final Modifiers NONE = new Modifiers(0);
    private static final String[] WORDS = {
        "public", "protected", "private", "static", "abstract", "final", "readonly", "var",
        "public(set)", "protected(set)", "private(set)"
    };

    public boolean has(int flag) {
        return (bits & flag) != 0;
    }

    public Modifiers with(int flag) {
        return new Modifiers(bits | flag);
    }

    public boolean isEmpty() {
        return bits == 0;
    }

    public boolean isPublic() {
        return !has(PROTECTED) && !has(PRIVATE);
    }

    public boolean isPrivate() {
        return has(PRIVATE);
    }

    public boolean isProtected() {
        return has(PROTECTED);
    }

    public boolean isStatic() {
        return has(STATIC);
    }

    public boolean isAbstract() {
        return has(ABSTRACT);
    }

    public boolean isFinal() {
        return has(FINAL);
    }

    public boolean isReadonly() {
        return has(READONLY);
    }

    /** The keywords, e.g. ["public", "static"]. */
    public List<String> words() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < WORDS.length; i++) {
            if ((bits & (1 << i)) != 0) {
                out.add(WORDS[i]);
            }
        }
        return out;
    }

    public static int flagOf(String keyword) {
        for (int i = 0; i < WORDS.length; i++) {
            if (WORDS[i].equalsIgnoreCase(keyword)) {
                return 1 << i;
            }
        }
        throw new IllegalArgumentException("not a modifier: " + keyword);
    }

    @Override
    public String toString() {
        return String.join(" ", words());
    }
}
