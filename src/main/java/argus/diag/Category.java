package argus.diag;

/** Finding categories, as named in the CLI contract. */
public enum Category {
    SYNTAX("syntax"),
    TYPES("types"),
    NULL_SAFETY("null-safety"),
    DEAD_CODE("dead-code"),
    SECURITY("security"),
    COMPATIBILITY("compatibility");

    private final String id;

    Category(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Category fromId(String id) {
        for (Category c : values()) {
            if (c.id.equalsIgnoreCase(id) || c.name().equalsIgnoreCase(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown category: " + id);
    }
}
