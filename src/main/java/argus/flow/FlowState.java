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

    /** Forgets what conditions said about property paths: a call may have changed any property. */
    public FlowState forgetPaths() {
        if (!reachable || vars.keySet().stream().noneMatch(k -> k.indexOf('>') >= 0)) {
            return this;
        }
        Map<String, Var> copy = new HashMap<>(vars);
        copy.keySet().removeIf(k -> k.indexOf('>') >= 0);
        return new FlowState(copy, true, dynamicVars);
    }

    /** Forgets paths of one variable, when it is reassigned. */
    public FlowState forgetPathsOf(String var) {
        String prefix = var + "->";
        if (!reachable || vars.keySet().stream().noneMatch(k -> k.startsWith(prefix))) {
            return this;
        }
        Map<String, Var> copy = new HashMap<>(vars);
        copy.keySet().removeIf(k -> k.startsWith(prefix));
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
            if (k.indexOf('>') < 0 && k.charAt(0) != 0) {
                copy.put(k, new Var(Type.MIXED, v.defined()));
            }
        });
        return new FlowState(copy, true, true);
    }

    /** Where two paths meet: a variable known on one path only is possibly undefined. */
    public FlowState join(FlowState o) {
        if (!o.reachable) {
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
            } else if (e.getKey().indexOf('>') < 0) {
                out.put(e.getKey(), mine.join(o.get(e.getKey())));
            }
        }
        for (Map.Entry<String, Var> e : o.vars.entrySet()) {
            if (!vars.containsKey(e.getKey()) && e.getKey().indexOf('>') < 0) {
                out.put(e.getKey(), e.getValue().join(get(e.getKey())));
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

    /** Variable names, sorted: for --dump-types and tests. */
    public Map<String, Var> variables() {
        Map<String, Var> out = new TreeMap<>();
        vars.forEach((k, v) -> {
            if (k.indexOf('>') < 0 && k.charAt(0) != 0) {
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
