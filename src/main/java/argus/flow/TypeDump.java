package argus.flow;

import argus.ast.Node;
import argus.ast.ParseResult;
import argus.source.Span;
import argus.types.Trilean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * `argus analyse --dump-types FILE:LINE`: what the flow analysis knows of the variables just
 * before the statement at a line, as text. A debugging aid for users puzzled by a finding and
 * for us puzzled by an inference.
 */
public final class TypeDump {
    private TypeDump() {
    }

    /**
     * The lines to print for {@code line} of {@code file}, or null when no statement the flow
     * analysed is at or around that line. The statement chosen is the outermost one starting on
     * the line, else the innermost one spanning it (a line inside a multi-line call).
     */
    public static List<String> at(ParseResult file, TypeEnv env, int line) {
        FlowFacts facts = FlowAnalysis.analyse(file, env, true);
        Node chosen = null;
        for (Node s : facts.states.keySet()) {
            if (better(s.span(), chosen == null ? null : chosen.span(), line)) {
                chosen = s;
            }
        }
        if (chosen == null) {
            return null;
        }
        FlowState state = facts.states.get(chosen);
        List<String> out = new ArrayList<>();
        out.add(file.source().path() + ":" + line + ": before the statement at line " + chosen.span().line()
                + (state.reachable() ? "" : ": no path reaches it"));
        if (!state.reachable()) {
            return out;
        }
        Map<String, FlowState.Var> vars = state.variables();
        int shown = 0;
        for (Map.Entry<String, FlowState.Var> e : vars.entrySet()) {
            FlowState.Var v = e.getValue();
            if (v.defined() == Trilean.NO) {
                continue;
            }
            out.add("  $" + e.getKey() + ": " + v.type().describe()
                    + (v.defined() == Trilean.MAYBE ? " (possibly undefined)" : ""));
            shown++;
        }
        if (shown == 0) {
            out.add("  (no variables)");
        }
        if (state.dynamicVars()) {
            out.add("  (other variables may exist: extract(), $$name or include in this scope)");
        }
        return out;
    }

    /** Whether statement span {@code s} is a better choice for {@code line} than {@code best} (null: none yet). */
    private static boolean better(Span s, Span best, int line) {
        boolean starts = s.line() == line;
        boolean spans = s.line() < line && line <= s.endLine();
        if (!starts && !spans) {
            return false;
        }
        if (best == null) {
            return true;
        }
        boolean bestStarts = best.line() == line;
        if (starts != bestStarts) {
            return starts;
        }
        if (starts) {
            // Outermost starting on the line: earliest start, then the longest.
            return s.start() < best.start() || s.start() == best.start() && s.end() > best.end();
        }
        // Innermost spanning the line: latest start, then the shortest.
        return s.start() > best.start() || s.start() == best.start() && s.end() < best.end();
    }
}
