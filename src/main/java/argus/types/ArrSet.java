package argus.types;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The arrays of a type: forms no one of which is below another. Join keeps both sides'
 * forms and drops the dominated ones, meet takes the meets of pairs: the lattice of
 * finitely generated down-sets, which is associative by construction. One exact merge is
 * added because narrowing by truthiness produces it all the time: when some form admits
 * the empty array, every non-empty form F brings the largest forms that admit it and
 * are otherwise below F ({@code array{}|non-empty-array<int>} is {@code array<int>};
 * {@code array{0: int, ...}|array{}} also holds {@code list<int>}, see
 * {@link ArrForm#withEmptyBelow}). That is a closure rule (more forms only enable more
 * merges), so the laws survive it; it must add all such forms, or a set reached by two
 * routes gets two spellings.
 */
record ArrSet(List<ArrForm> forms) {
    static final ArrSet EMPTY = new ArrSet(List.of());
    static final ArrSet TOP = new ArrSet(List.of(ArrForm.ANY));

    ArrSet {
        forms = List.copyOf(forms);
    }

    static ArrSet of(ArrForm f) {
        return f == null ? EMPTY : normalize(List.of(f));
    }

    boolean isEmpty() {
        return forms.isEmpty();
    }

    ArrSet join(ArrSet o) {
        if (o.forms.isEmpty() || equals(o)) {
            return this;
        }
        if (forms.isEmpty()) {
            return o;
        }
        return JOINS.apply(this, o);
    }

    private static final Memo<ArrSet, ArrSet, ArrSet> JOINS = new Memo<>((a, b) -> {
        List<ArrForm> all = new ArrayList<>(a.forms);
        all.addAll(b.forms);
        return normalize(all);
    });

    ArrSet meet(ArrSet o) {
        if (forms.isEmpty() || equals(o)) {
            return this;
        }
        if (o.forms.isEmpty()) {
            return o;
        }
        List<ArrForm> all = new ArrayList<>();
        for (ArrForm a : forms) {
            for (ArrForm b : o.forms) {
                ArrForm m = ArrForm.meet(a, b);
                if (m != null) {
                    all.add(m);
                }
            }
        }
        return normalize(all);
    }

    /**
     * Drops the forms {@code o} covers; when {@code o} admits the empty array, the rest
     * become non-empty. Anything finer would need negated types.
     */
    ArrSet minus(ArrSet o) {
        if (forms.isEmpty() || o.forms.isEmpty()) {
            return this;
        }
        boolean emptyGone = o.forms.stream().anyMatch(ArrForm::admitsEmpty);
        List<ArrForm> out = new ArrayList<>();
        for (ArrForm a : forms) {
            if (o.forms.stream().anyMatch(a::leq)) {
                continue;
            }
            ArrForm kept = emptyGone ? ArrForm.meet(a, ArrForm.NON_EMPTY) : a;
            if (kept != null) {
                out.add(kept);
            }
        }
        return normalize(out);
    }

    boolean leq(ArrSet o) {
        for (ArrForm a : forms) {
            boolean below = false;
            for (ArrForm b : o.forms) {
                if (a.leq(b)) {
                    below = true;
                    break;
                }
            }
            if (!below) {
                return false;
            }
        }
        return true;
    }

    List<Type> members() {
        List<Type> out = new ArrayList<>(forms.size());
        for (ArrForm f : forms) {
            out.add(f.toType());
        }
        return out;
    }

    private static ArrSet normalize(List<ArrForm> in) {
        List<ArrForm> all = new ArrayList<>(in);
        if (all.stream().anyMatch(ArrForm::admitsEmpty)) {
            for (ArrForm a : in) {
                if (a.ne()) {
                    all.addAll(a.withEmptyBelow());
                }
            }
        }
        List<ArrForm> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            ArrForm a = all.get(i);
            boolean dominated = false;
            for (int j = 0; j < all.size() && !dominated; j++) {
                ArrForm b = all.get(j);
                if (i != j && a.leq(b) && (!a.equals(b) || j < i)) {
                    dominated = true;
                }
            }
            if (!dominated) {
                out.add(a);
            }
        }
        if (out.size() > 1) {
            out.sort(Comparator.comparing((ArrForm f) -> f.toType().describe()));
        }
        return new ArrSet(out);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ArrSet x
                && Objects.equals(forms, x.forms);
    }

    @Override
    public int hashCode() {
        return 31 * 812446132 + Objects.hashCode(forms);
    }
}
