package argus.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The strings of a type: a base from the chain {@code numeric-string ⊂ non-empty-string ⊂
 * string} (or none) plus at most {@link #MAX_LITERALS} literals outside it. Like
 * {@link IntSet}, the family is closed under intersection, so union is followed by a
 * closure: past eight literals the base moves up the chain until few enough are left.
 * Class strings are not here: {@code class-string<Foo>} is an atom ({@link Clause}), so that
 * {@code class-string & 'Foo'} is a type rather than a guess.
 */
record StrSet(Base base, List<String> literals) {
    static final int MAX_LITERALS = 8;
    static final StrSet EMPTY = new StrSet(Base.NONE, List.of());
    static final StrSet ALL = new StrSet(Base.ALL, List.of());

    enum Base {
        NONE, NUMERIC, NON_EMPTY, ALL;

        boolean contains(String s) {
            return switch (this) {
                case NONE -> false;
                case NUMERIC -> isNumeric(s);
                case NON_EMPTY -> !s.isEmpty();
                case ALL -> true;
            };
        }

        Base up() {
            return values()[Math.min(ordinal() + 1, ALL.ordinal())];
        }
    }

    StrSet {
        literals = List.copyOf(literals);
    }

    static StrSet of(Base base) {
        return new StrSet(base, List.of());
    }

    static StrSet literal(String s) {
        return make(Base.NONE, List.of(s));
    }

    boolean isEmpty() {
        return base == Base.NONE && literals.isEmpty();
    }

    boolean contains(String s) {
        return base.contains(s) || literals.contains(s);
    }

    StrSet union(StrSet o) {
        // The lattice joins a kind with nothing of it, or with itself, far more often than not.
        if (o.isEmpty() || this == o || base == Base.ALL) {
            return this;
        }
        if (isEmpty() || o.base == Base.ALL) {
            return o;
        }
        List<String> all = new ArrayList<>(literals);
        all.addAll(o.literals);
        return make(base.compareTo(o.base) >= 0 ? base : o.base, all);
    }

    StrSet intersect(StrSet o) {
        if (isEmpty() || this == o || o.base == Base.ALL) {
            return this;
        }
        if (o.isEmpty() || base == Base.ALL) {
            return o;
        }
        Base b = base.compareTo(o.base) <= 0 ? base : o.base;
        List<String> lits = new ArrayList<>();
        for (String s : literals) {
            if (o.contains(s)) {
                lits.add(s);
            }
        }
        for (String s : o.literals) {
            if (contains(s)) {
                lits.add(s);
            }
        }
        return make(b, lits);
    }

    /** The smallest representable set holding this minus {@code o}. */
    StrSet minus(StrSet o) {
        List<String> lits = new ArrayList<>();
        for (String s : literals) {
            if (!o.contains(s)) {
                lits.add(s);
            }
        }
        Base b = base;
        if (o.base.compareTo(base) >= 0) {
            b = Base.NONE;
        } else if (base == Base.ALL && o.base == Base.NON_EMPTY) {
            b = Base.NONE;
            if (!o.literals.contains("")) {
                lits.add("");
            }
        } else if (base == Base.ALL && o.literals.contains("")) {
            b = Base.NON_EMPTY;
        }
        return make(b, lits);
    }

    boolean subsetOf(StrSet o) {
        if (isEmpty() || o.base == Base.ALL || this == o) {
            return true;
        }
        return intersect(o).equals(this);
    }

    /** Drops the literals into the smallest base holding them (for widening). */
    StrSet withoutLiterals() {
        Base b = base;
        for (String s : literals) {
            while (!b.contains(s)) {
                b = b.up();
            }
        }
        return of(b);
    }

    private static StrSet make(Base base, List<String> candidates) {
        Base b = base;
        // Sorted and unique, as a TreeSet would give them; an array, as a set holds a literal or two.
        String[] lits = new String[candidates.size()];
        int n = 0;
        for (String s : candidates) {
            if (!b.contains(s)) {
                lits[n++] = s;
            }
        }
        if (n > 1) {
            java.util.Arrays.sort(lits, 0, n);
            int unique = 1;
            for (int k = 1; k < n; k++) {
                if (!lits[k].equals(lits[unique - 1])) {
                    lits[unique++] = lits[k];
                }
            }
            n = unique;
        }
        while (n > MAX_LITERALS) {
            b = b.up();
            int kept = 0;
            for (int k = 0; k < n; k++) {
                if (!b.contains(lits[k])) {
                    lits[kept++] = lits[k];
                }
            }
            n = kept;
        }
        if (b == Base.NON_EMPTY && n > 0 && lits[0].isEmpty()) {
            b = Base.ALL;
            n = 0;
        }
        if (n == 0) {
            return b == Base.NONE ? EMPTY : b == Base.ALL ? ALL : of(b);
        }
        return new StrSet(b, List.of(java.util.Arrays.copyOf(lits, n)));
    }

    List<Type> members() {
        List<Type> out = new ArrayList<>(literals.size() + 1);
        switch (base) {
            case NUMERIC -> out.add(Type.NUMERIC_STRING);
            case NON_EMPTY -> out.add(Type.NON_EMPTY_STRING);
            case ALL -> out.add(Type.STRING);
            default -> { }
        }
        for (String s : literals) {
            out.add(new Type.StrLit(s));
        }
        return out;
    }

    /** PHP 8's {@code is_numeric}: optional surrounding whitespace, sign, digits, dot, exponent. */
    static boolean isNumeric(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            int exp = 0;
            while (j < n && isDigit(s.charAt(j))) {
                j++;
                exp++;
            }
            if (exp > 0) {
                i = j;
            }
        }
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == '\f';
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof StrSet x
                && base == x.base
                && Objects.equals(literals, x.literals);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * 1552428577 + base.ordinal()) + literals.hashCode();
    }
}
