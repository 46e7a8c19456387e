package argus.rules;

import argus.ast.AstScanner;
import argus.ast.Node;
import argus.config.PhpVersionRange;
import argus.diag.Finding;
import argus.diag.Severity;
import argus.diag.TraceStep;
import argus.ast.ParseResult;
import argus.source.SourceFile;
import argus.source.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs the enabled rules on one file: one walk of the AST dispatching each node to the rules
 * subscribed to its type (error-prone's registerNodeTypes), then the file rules. Built once
 * per run and shared by the worker threads: it holds no per-file state.
 */
public final class RuleEngine {
    private final Map<Class<?>, List<NodeRule<?>>> nodeRules = new HashMap<>();
    private final List<FileRule> fileRules = new ArrayList<>();
    private final Function<Rule, Severity> severity;

    /** @param severity the severity each rule reports at (its own, or the config's override) */
    public RuleEngine(List<? extends Rule> rules, Function<Rule, Severity> severity) {
        this.severity = severity;
        for (Rule rule : rules) {
            if (rule instanceof NodeRule<?> nodeRule) {
                for (Class<?> type : nodeRule.nodeTypes()) {
                    nodeRules.computeIfAbsent(type, k -> new ArrayList<>()).add(nodeRule);
                }
            }
            if (rule instanceof FileRule fileRule) {
                fileRules.add(fileRule);
            }
        }
    }

    public static RuleEngine withDefaults(List<? extends Rule> rules) {
        return new RuleEngine(rules, r -> r.info().severity());
    }

    public List<Finding> run(ParseResult file, PhpVersionRange versions) {
        List<Finding> out = new ArrayList<>();
        FileScope scope = new FileScope(file.source(), versions);
        if (!nodeRules.isEmpty()) {
            new Walker(scope, out).scan(file.statements());
        }
        for (FileRule rule : fileRules) {
            rule.check(file, scope, sink(rule, file.source(), out));
        }
        return out;
    }

    private FindingSink sink(Rule rule, SourceFile source, List<Finding> out) {
        RuleInfo info = rule.info();
        Severity level = severity.apply(rule);
        return new FindingSink() {
            @Override
            public void report(Span at, String message, List<TraceStep> trace) {
                out.add(new Finding(info.id(), info.category(), level, source.path(), at, message, trace));
            }

            @Override
            public void report(Span at, String message, Severity ceiling) {
                // Severity lists ERROR first: the larger ordinal is the milder level.
                Severity milder = ceiling.compareTo(level) > 0 ? ceiling : level;
                out.add(new Finding(info.id(), info.category(), milder, source.path(), at, message, List.of()));
            }
        };
    }

    private record FileScope(SourceFile source, PhpVersionRange phpVersions) implements Scope {
    }

    /** The one walk of a file's AST. */
    private final class Walker extends AstScanner {
        private final Scope scope;
        private final List<Finding> out;
        private final Map<Rule, FindingSink> sinks = new HashMap<>();

        Walker(Scope scope, List<Finding> out) {
            this.scope = scope;
            this.out = out;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public void scan(Node node) {
            if (node == null) {
                return;
            }
            List<NodeRule<?>> rules = nodeRules.get(node.getClass());
            if (rules != null) {
                for (NodeRule rule : rules) {
                    FindingSink sink = sinks.computeIfAbsent(rule, r -> sink(r, scope.source(), out));
                    rule.check(node, scope, sink);
                }
            }
            node.accept(this);
        }
    }
}
