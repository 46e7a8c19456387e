package argus.flow;

import argus.types.Trilean;
import argus.types.Type;
import argus.types.Types;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What is known at one point of a function: each variable's type and whether it is defined,
 * and the types of property paths narrowed by conditions (`$this->x`, `$o->y`, keyed with the
 * arrow). Immutable: every change returns a new state. Functions are small, so a copied map
 * costs less than a persistent one would in code.
 */
public final class FlowState {
    /** A variable: its type and whether every path to here assigned it. */
    public record Var(Type type, Trilean defined) {
        /**
         * A variable undefined on one path keeps the other path's type, only possibly defined:
         * reading it is a PossiblyUndefinedVariable, not also a null dereference.
         */
        Var join(Var o) {
            Trilean d = defined == o.defined ? defined : Trilean.MAYBE;
            if (o.defined == Trilean.NO) {
                return new Var(type, d);
            }
            if (defined == Trilean.NO) {
                return new Var(o.type, d);
            }
            if (type == o.type || type.equals(o.type)) {
                // Most variables are untouched by either branch: the lattice's join would only rebuild the same type.
                return d == defined ? this : new Var(type, d);
            }
            return new Var(Types.join(type, o.type), d);
        }
    }

    private static final Var UNDEFINED = new Var(Type.MIXED, Trilean.NO);
    /** The superglobals exist in every scope; what they hold is the request's business. */
    private static final Var SUPERGLOBAL = new Var(new Type.ArrayOf(Types.join(Type.INT, Type.STRING), Type.MIXED, false, false), Trilean.YES);
    private static final java.util.Set<String> SUPERGLOBALS = java.util.Set.of("GLOBALS", "_SERVER", "_GET", "_POST",
            "_FILES", "_COOKIE", "_SESSION", "_REQUEST", "_ENV");

    /** The state of code no path reaches: the identity of {@link #join}. */
    public static final FlowState UNREACHABLE = new FlowState(Map.of(), false, false);

    private final Map<String, Var> vars;
    private final boolean reachable;
    /** After extract() or `$$name = ...` any variable may exist: reading one is no error. */
    private final boolean dynamicVars;

    private FlowState(Map<String, Var> vars, boolean reachable, boolean dynamicVars) {
        this.vars = vars;
        this.reachable = reachable;
        this.dynamicVars = dynamicVars;
    }

    /**
     * Whether some key is a property path or a fact: computed once per state, since every
     * assignment and call asks (to forget what they invalidate) and most states have none.
     */
    private boolean hasSpecialKeys() {
        byte h = hasSpecial;
        if (h == 0) {
            h = 2;
            for (String k : vars.keySet()) {
                if (notVariable(k)) {
                    h = 1;
                    break;
                }
            }
            hasSpecial = h;
        }
        return h == 1;
    }

    /** 0: not computed yet, 1: yes, 2: no. Benign race: every thread computes the same value. */
    private byte hasSpecial;

    public static FlowState entry() {
        return new FlowState(Map.of(), true, false);
    }

    public boolean reachable() {
        return reachable;
    }

    public boolean dynamicVars() {
        return dynamicVars;
    }

    /** The variable (or path) as known here; undefined ones read as null. */
    public Var get(String name) {
        Var v = vars.get(name);
        if (v != null) {
            return v;
        }
        if (SUPERGLOBALS.contains(name)) {
            return SUPERGLOBAL;
        }
        return dynamicVars ? new Var(Type.MIXED, Trilean.MAYBE) : UNDEFINED;
    }

    public boolean knows(String name) {
        return vars.containsKey(name);
    }

    public Type type(String name) {
        return get(name).type();
    }

    public FlowState with(String name, Type type) {
        return with(name, new Var(type, Trilean.YES));
    }

    public FlowState with(String name, Var var) {
        if (!reachable) {
            return this;
        }
        Var old = vars.get(name);
        if (old != null && old.defined() == var.defined() && (old.type() == var.type() || old.type().equals(var.type()))) {
            // A loop's later passes and repeated writes mostly store what is there: no copy.
            return this;
        }
        Map<String, Var> copy = new HashMap<>(vars);
        copy.put(name, var);
        return new FlowState(copy, true, dynamicVars);
    }

    public FlowState without(String name) {
        if (!reachable || !vars.containsKey(name)) {
            return this;
        }
        Map<String, Var> copy = new HashMap<>(vars);
        copy.remove(name);
        return new FlowState(copy, true, dynamicVars);
    }

    /** A property path narrowed by a condition: `this->x`, `o->a->b`. */
    static boolean isPath(String key) {
        return key.indexOf('>') >= 0 && key.charAt(0) != '#';
    }

    /**
     * A fact a guard established, keyed `#kind:name`: `#function:foo` after
     * `function_exists('foo')`, `#method:o:save` after `method_exists($o, 'save')`.
     */
    static boolean isFact(String key) {
        return key.charAt(0) == '#';
    }

    /** A reference or volatility known on some paths only: still possible after they meet. */
    private static final Var UNCERTAIN = new Var(Type.MIXED, Trilean.YES);

    private static boolean keptOneSided(String key) {
        return key.startsWith(REF) || key.startsWith(VOLATILE);
    }

    /**
     * `#ref:b` holds the reference group of $b (a string literal naming it; mixed when it
     * differs between paths): `$b = &$a` puts both in group 'a'; `$r = &$a['k']` and `foreach
     * ($a as &$r)` put $r in group '[a', a reference into $a. `#volatile:x` marks a variable
     * that calls may change behind the code's back: a global, a static, one a closure took by
     * reference.
     */
    static final String REF = "#ref:";
    static final String VOLATILE = "#volatile:";

    /** Paths and facts are kept only where every joined path knows them, and are never undefined. */
    static boolean notVariable(String key) {
        return key.charAt(0) == '#' || key.indexOf('>') >= 0;
    }

    /** Forgets what conditions said about property paths: a call may have changed any property. */
    public FlowState forgetPaths() {
        if (!reachable || !hasSpecialKeys() || vars.keySet().stream().noneMatch(FlowState::isPath)) {
            return this;
        }
        Map<String, Var> copy = new HashMap<>(vars);
        copy.keySet().removeIf(FlowState::isPath);
        return new FlowState(copy, true, dynamicVars);
    }

    /**
     * Forgets what conditions said about the properties of objects other than `$this`: any
     * call may reach them through an alias. `$this`'s own are forgotten only by calls of its
     * methods ({@link #forgetPathsOf}).
     */
    public FlowState forgetOtherPaths() {
        if (!reachable || !hasSpecialKeys() || vars.keySet().stream().noneMatch(k -> isPath(k) && !k.startsWith("this->"))) {
            return this;
        }
        Map<String, Var> copy = new HashMap<>(vars);
        copy.keySet().removeIf(k -> isPath(k) && !k.startsWith("this->"));
        return new FlowState(copy, true, dynamicVars);
    }

    /** Forgets paths of one variable, when it is reassigned. */
    public FlowState forgetPathsOf(String var) {
        if (!reachable || !hasSpecialKeys()) {
            return this;
        }
        return forgetPrefixed(var + "->", null);
    }

    /** Forgets everything known through a variable (paths, method guards), when it gets a new value. */
    public FlowState reassigned(String var) {
        if (!reachable || !hasSpecialKeys()) {
            return this;
        }
        return forgetPrefixed(var + "->", "#method:" + var + ":");
    }

    private FlowState forgetPrefixed(String prefix, String facts) {
        boolean any = false;
        for (String k : vars.keySet()) {
            if (k.startsWith(prefix) || facts != null && k.startsWith(facts)) {
                any = true;
                break;
            }
        }
        if (!any) {
            return this;
        }
        Map<String, Var> copy = new HashMap<>(vars);
        copy.keySet().removeIf(k -> k.startsWith(prefix) || facts != null && k.startsWith(facts));
        return new FlowState(copy, true, dynamicVars);
    }

    public FlowState withDynamicVars() {
        return reachable ? new FlowState(vars, true, true) : this;
    }

    /** Every variable becomes mixed (after `extract`, `include` of a template, `$GLOBALS` writes). */
    public FlowState forgetTypes() {
        if (!reachable) {
            return this;
        }
        Map<String, Var> copy = new HashMap<>();
        vars.forEach((k, v) -> {
            if (!notVariable(k)) {
                copy.put(k, new Var(Type.MIXED, v.defined()));
            }
        });
        return new FlowState(copy, true, true);
    }

    /** Where two paths meet: a variable known on one path only is possibly undefined. */
    public FlowState join(FlowState o) {
        if (!o.reachable || o == this) {
            return this;
        }
        if (!reachable) {
            return o;
        }
        Map<String, Var> out = new HashMap<>();
        for (Map.Entry<String, Var> e : vars.entrySet()) {
            Var mine = e.getValue();
            Var theirs = o.vars.get(e.getKey());
            if (theirs != null) {
                out.put(e.getKey(), mine.join(theirs));
            } else if (!notVariable(e.getKey())) {
                out.put(e.getKey(), mine.join(o.get(e.getKey())));
            } else if (keptOneSided(e.getKey())) {
                out.put(e.getKey(), UNCERTAIN);
            }
        }
        for (Map.Entry<String, Var> e : o.vars.entrySet()) {
            if (!vars.containsKey(e.getKey()) && !notVariable(e.getKey())) {
                out.put(e.getKey(), e.getValue().join(get(e.getKey())));
            } else if (!vars.containsKey(e.getKey()) && keptOneSided(e.getKey())) {
                out.put(e.getKey(), UNCERTAIN);
            }
        }
        return new FlowState(out, true, dynamicVars || o.dynamicVars);
    }

    /** For loops: joined, with each type widened so that repeated iterations stabilise. */
    public FlowState widen(FlowState next) {
        FlowState joined = join(next);
        if (!reachable || !joined.reachable) {
            return joined;
        }
        Map<String, Var> out = new HashMap<>();
        joined.vars.forEach((k, v) -> {
            Var before = vars.get(k);
            out.put(k, before == null ? v : new Var(Types.widen(before.type(), v.type()), v.defined()));
        });
        return new FlowState(out, true, joined.dynamicVars);
    }

    public boolean sameAs(FlowState o) {
        return reachable == o.reachable && dynamicVars == o.dynamicVars && vars.equals(o.vars);
    }

    /**
     * After a call: volatile variables may hold anything now. What conditions said about other
     * objects' properties is kept, as Psalm and PHPStan do by default: forgetting it after every
     * call reported `$node->x` narrowed one line earlier (php-parser's ConstExprEvaluator). Calls
     * that are handed the object, or called on it, still forget ({@link #forgetPathsOf}).
     */
    public FlowState afterCall() {
        FlowState st = this;
        if (!reachable || !hasSpecialKeys() || st.vars.keySet().stream().noneMatch(k -> k.startsWith(VOLATILE))) {
            return st;
        }
        Map<String, Var> copy = new HashMap<>(st.vars);
        for (String k : st.vars.keySet()) {
            if (k.startsWith(VOLATILE)) {
                String name = k.substring(VOLATILE.length());
                Var v = copy.get(name);
                copy.put(name, new Var(Type.MIXED, v == null ? Trilean.YES : v.defined()));
            }
        }
        return new FlowState(copy, true, dynamicVars);
    }

    /** The facts whose keys start with {@code prefix}, by the rest of the key. */
    Map<String, Type> facts(String prefix) {
        Map<String, Type> out = new TreeMap<>();
        vars.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k.substring(prefix.length()), v.type());
            }
        });
        return out;
    }

    /** Variable names, sorted: for --dump-types and tests. */
    public Map<String, Var> variables() {
        Map<String, Var> out = new TreeMap<>();
        vars.forEach((k, v) -> {
            if (!notVariable(k)) {
                out.put(k, v);
            }
        });
        return out;
    }

    @Override
    public String toString() {
        if (!reachable) {
            return "unreachable";
        }
        StringBuilder b = new StringBuilder();
        new TreeMap<>(vars).forEach((k, v) -> {
            if (k.charAt(0) != 0) {
                b.append('$').append(k).append(": ").append(v.type().describe())
                .append(v.defined() == Trilean.YES ? "" : v.defined() == Trilean.MAYBE ? " (maybe undefined)" : " (undefined)")
                .append('\n');
            }
        });
        return b.toString();
    }
}
