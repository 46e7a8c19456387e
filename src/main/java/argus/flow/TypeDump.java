package argus.flow;

import argus.ast.Node;
import argus.ast.ParseResult;
import argus.source.Comment;
import argus.source.Span;
import argus.types.Trilean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * `argus analyse --dump-types FILE:LINE`: what the flow analysis knows of the variables just
 * before the statement at a line, as text; and the same for the variables a
 * `/** @argus-trace $x *&#47;` docblock names, before the statement after it (rule Trace).
 * A debugging aid for users puzzled by a finding and for us puzzled by an inference.
 */
public final class TypeDump {
    private static final Pattern TRACE = Pattern.compile("@argus-trace((?:[\\s,]+\\$[A-Za-z_\\u0080-\\uffff][A-Za-z0-9_\\u0080-\\uffff]*)+)");
    private static final Pattern VARIABLE = Pattern.compile("\\$([A-Za-z_\\u0080-\\uffff][A-Za-z0-9_\\u0080-\\uffff]*)");

    /** One traced variable: where the docblock is and what is known of the variable there. */
    public record Traced(Span at, String message) {
    }

    private TypeDump() {
    }

    /** What each `@argus-trace` docblock of the file asks for, in source order. */
    public static List<Traced> traces(ParseResult file, TypeEnv env) {
        List<Comment> asking = new ArrayList<>();
        for (Comment c : file.comments()) {
            if (c.kind() == Comment.Kind.DOC && c.text(file.source()).contains("@argus-trace")) {
                asking.add(c);
            }
        }
        if (asking.isEmpty()) {
            return List.of();
        }
        FlowFacts facts = FlowAnalysis.analyse(file, env, true);
        List<Traced> out = new ArrayList<>();
        for (Comment c : asking) {
            Node next = null;
            for (Node s : facts.states.keySet()) {
                Span sp = s.span();
                if (sp.start() >= c.span().end() && (next == null || sp.start() < next.span().start()
                        || sp.start() == next.span().start() && sp.end() > next.span().end())) {
                    next = s;
                }
            }
            Matcher m = TRACE.matcher(c.text(file.source()));
            while (m.find()) {
                Matcher v = VARIABLE.matcher(m.group(1));
                while (v.find()) {
                    out.add(new Traced(c.span(), describe(v.group(1), next == null ? null : facts.states.get(next))));
                }
            }
        }
        return out;
    }

    private static String describe(String name, FlowState state) {
        if (state == null) {
            return "$" + name + ": no statement after @argus-trace";
        }
        if (!state.reachable()) {
            return "$" + name + ": no path reaches this point";
        }
        FlowState.Var v = state.variables().get(name);
        if (v == null || v.defined() == Trilean.NO) {
            return "$" + name + " is not defined here" + (state.dynamicVars() ? " (unless extract(), $$name or include made it)" : "");
        }
        return "$" + name + ": " + v.type().describe() + (v.defined() == Trilean.MAYBE ? " (possibly undefined)" : "");
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
