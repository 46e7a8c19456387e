package argus.rules;

import argus.ast.AstScanner;
import argus.ast.Expr;
import argus.ast.Member;
import argus.ast.Node;
import argus.ast.ParseResult;
import argus.ast.Stmt;
import argus.config.PhpVersionRange;
import argus.diag.Finding;
import argus.diag.Severity;
import argus.diag.TraceStep;
import argus.flow.FlowAnalysis;
import argus.flow.FlowFacts;
import argus.flow.ReferenceParams;
import argus.flow.TypeEnv;
import argus.flow.VariableUses;
import argus.index.Builtins;
import argus.index.FileNames;
import argus.index.NameContext;
import argus.index.SymbolIndex;
import argus.source.SourceFile;
import argus.usage.FileUsage;
import argus.usage.ProjectUsage;
import argus.usage.UsageScanner;
import argus.source.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs the enabled rules on one file: one walk of the AST dispatching each node to the rules
 * subscribed to its type (error-prone's registerNodeTypes), then the file rules. Built once
 * per run and shared by the worker threads: it holds no per-file state.
 */
public final class RuleEngine {
    /** Per node class, its rules and their slots: the walk asks at every node of every file. */
    private final Map<Class<?>, Dispatch> dispatch = new HashMap<>();
    /**
     * Each rule's metadata and severity, read once (a sink is made per file and rule), and its
     * number: the index of its sink in a file's walk.
     */
    private final Map<Rule, Slot> slots = new IdentityHashMap<>();

    private record Dispatch(NodeRule<?>[] rules, int[] slots) {
    }

    private record Slot(int number, RuleInfo info, Severity severity) {
    }

    private final List<FileRule> fileRules = new ArrayList<>();
    private final List<ProjectRule> projectRules = new ArrayList<>();
    private final Needs needs;
    private final int level;
    private final Object envLock = new Object();
    private SymbolIndex envIndex;
    private TypeEnv env;
    private TypeEnv declaredEnv;

    /** At level 1: the rules say everything they can (tests of rules). */
    public RuleEngine(List<? extends Rule> rules, Function<Rule, Severity> severity) {
        this(rules, severity, 1);
    }

    /**
     * @param severity the severity each rule reports at (its own, or the config's override)
     * @param level    the run's `--level`, which rules that judge how sure they are read from {@link Scope#level()}
     */
    public RuleEngine(List<? extends Rule> rules, Function<Rule, Severity> severity, int level) {
        this.level = level;
        Needs most = Needs.SYNTAX;
        Map<Class<?>, List<NodeRule<?>>> nodeRules = new HashMap<>();
        for (Rule rule : rules) {
            if (rule instanceof NodeRule<?> nodeRule) {
                for (Class<?> type : nodeRule.nodeTypes()) {
                    nodeRules.computeIfAbsent(type, k -> new ArrayList<>()).add(nodeRule);
                }
            }
            if (rule instanceof FileRule fileRule) {
                fileRules.add(fileRule);
            }
            if (rule instanceof ProjectRule projectRule) {
                projectRules.add(projectRule);
            }
            slots.putIfAbsent(rule, new Slot(slots.size(), rule.info(), severity.apply(rule)));
            Needs n = rule.info().needs();
            most = n.compareTo(most) > 0 ? n : most;
        }
        this.needs = most;
        nodeRules.forEach((type, list) -> dispatch.put(type, new Dispatch(list.toArray(new NodeRule<?>[0]),
                list.stream().mapToInt(r -> slots.get(r).number()).toArray())));
    }

    public static RuleEngine withDefaults(List<? extends Rule> rules) {
        return new RuleEngine(rules, r -> r.info().severity());
    }

    /** The most any enabled rule needs: PROJECT or FLOW make the driver build the symbol index first. */
    public Needs needs() {
        return needs;
    }

    public List<Finding> run(ParseResult file, PhpVersionRange versions) {
        return run(file, versions, SymbolIndex.EMPTY);
    }

    public List<Finding> run(ParseResult file, PhpVersionRange versions, SymbolIndex index) {
        return run(file, new FileScope(file, versions, index == null ? SymbolIndex.EMPTY : index));
    }

    private List<Finding> run(ParseResult file, FileScope scope) {
        List<Finding> out = new ArrayList<>();
        if (!dispatch.isEmpty()) {
            new Walker(scope, out).scan(file.statements());
        }
        for (FileRule rule : fileRules) {
            rule.check(file, scope, sink(rule, file.source(), out));
        }
        return out;
    }

    /** Whether whole-project rules run: then each file also yields its {@link FileUsage} (see {@link #usage}). */
    public boolean hasProjectRules() {
        return !projectRules.isEmpty();
    }

    /** The ids of the whole-project rules that run. */
    public java.util.Set<String> projectRuleIds() {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        projectRules.forEach(r -> ids.add(r.id()));
        return ids;
    }

    /** One file's findings ({@code null} when not asked for) and its share of the project's usage facts. */
    public record FileRun(List<Finding> findings, FileUsage usage) {
    }

    /**
     * A file of a whole-project run: its rules (unless their findings come from the cache) and
     * its {@link FileUsage}, both over one scope, so the flow analysis runs at most once.
     */
    public FileRun usage(ParseResult file, PhpVersionRange versions, SymbolIndex index, boolean runRules) {
        FileScope scope = new FileScope(file, versions, index == null ? SymbolIndex.EMPTY : index);
        List<Finding> findings = runRules ? run(file, scope) : null;
        return new FileRun(findings, UsageScanner.scan(file, scope.index(), scope::typeOf));
    }

    /** The whole-project rules, once, over every file's usage merged. */
    public List<Finding> project(ProjectUsage usage) {
        List<Finding> out = new ArrayList<>();
        for (ProjectRule rule : projectRules) {
            Slot slot = slots.get(rule);
            RuleInfo info = slot.info();
            Severity level = slot.severity();
            rule.check(usage, (file, at, message) ->
                    out.add(new Finding(info.id(), info.category(), level, file, at, message, List.of())));
        }
        out.sort(null);
        return out;
    }

    /** One environment per index (one per run), shared by the workers: its caches are what makes it fast. */
    private TypeEnv env(SymbolIndex index, PhpVersionRange versions) {
        synchronized (envLock) {
            if (env == null || envIndex != index || !env.versions().equals(versions)) {
                env = new TypeEnv(index, Builtins.get(), versions);
                declaredEnv = env.declaredOnly();
                envIndex = index;
            }
            return env;
        }
    }

    private TypeEnv declaredEnv(SymbolIndex index, PhpVersionRange versions) {
        synchronized (envLock) {
            env(index, versions);
            return declaredEnv;
        }
    }

    private FindingSink sink(Rule rule, SourceFile source, List<Finding> out) {
        Slot slot = slots.get(rule);
        RuleInfo info = slot.info();
        Severity level = slot.severity();
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

    /** One file's scope; the walker moves its position (names, enclosing declarations) as it goes. */
    private final class FileScope implements Scope {
        private final ParseResult file;
        private final PhpVersionRange versions;
        private final SymbolIndex index;
        private FileNames fileNames;
        private FlowFacts flow;
        private FlowFacts declaredFlow;
        private TypeEnv types;
        private final Map<Node, VariableUses> variableUses = new IdentityHashMap<>();
        NameContext names;
        final Deque<Stmt.ClassLike> classes = new ArrayDeque<>();
        final Deque<String> classNames = new ArrayDeque<>();
        final Deque<Node> functions = new ArrayDeque<>();
        private final Map<Class<?>, Object> fileFacts = new HashMap<>();
        private final Map<Class<?>, Object[]> nodeFacts = new HashMap<>();
        final java.util.Set<Expr> existenceChecked = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        final java.util.Set<Expr> written = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        FileScope(ParseResult file, PhpVersionRange versions, SymbolIndex index) {
            this.file = file;
            this.versions = versions;
            this.index = index;
        }

        @Override
        public SourceFile source() {
            return file.source();
        }

        @Override
        public PhpVersionRange phpVersions() {
            return versions;
        }

        @Override
        public SymbolIndex index() {
            return index;
        }

        @Override
        public TypeEnv types() {
            if (types == null) {
                types = env(index, versions);
            }
            return types;
        }

        @Override
        public FlowFacts flow() {
            if (flow == null) {
                flow = FlowAnalysis.analyse(file, types());
            }
            return flow;
        }

        @Override
        public VariableUses variableUses(Node function) {
            VariableUses uses = variableUses.get(function);
            if (uses == null) {
                // Asked about the function being visited: the names and class in force are its own.
                String self = classes.isEmpty() ? null : classNames.peek().isEmpty() ? null : classNames.peek();
                uses = VariableUses.of(function, new ReferenceParams(types(), names(), self));
                variableUses.put(function, uses);
            }
            return uses;
        }

        @Override
        public FlowFacts declaredFlow() {
            if (declaredFlow == null) {
                declaredFlow = FlowAnalysis.onDemand(file, declaredEnv(index, versions));
            }
            return declaredFlow;
        }

        @Override
        public int level() {
            return level;
        }

        FileNames fileNames() {
            if (fileNames == null) {
                fileNames = FileNames.of(file.statements());
            }
            return fileNames;
        }

        @Override
        public NameContext names() {
            return names != null ? names : fileNames().at(0);
        }

        @Override
        public NameContext namesAt(int offset) {
            return fileNames().at(offset);
        }

        @Override
        public boolean isExistenceChecked(Expr e) {
            return existenceChecked.contains(e);
        }

        @Override
        public boolean isWritten(Expr e) {
            return written.contains(e);
        }

        /** The fetch chain PHP checks rather than performs: index bases and property objects, down to a variable. */
        void markExistence(Expr e) {
            while (e != null && existenceChecked.add(e)) {
                if (e instanceof Expr.Index i) {
                    e = i.base();
                } else if (e instanceof Expr.PropertyFetch p) {
                    e = p.object();
                } else if (e instanceof Expr.StaticPropertyFetch) {
                    return;
                } else {
                    return;
                }
            }
        }

        /** A write target and the index bases it writes through (`$a['x']['y'] = 1` writes $a['x'] too). */
        void markWritten(Expr e) {
            if (e instanceof Expr.ListLit l) {
                l.items().forEach(item -> markWritten(item == null ? null : item.value()));
                return;
            }
            if (e instanceof Expr.ArrayLit a) {
                a.items().forEach(item -> markWritten(item == null ? null : item.value()));
                return;
            }
            while (e != null && written.add(e)) {
                if (e instanceof Expr.Index i) {
                    e = i.base();
                } else {
                    return;
                }
            }
        }

        @Override
        public boolean strictTypes() {
            for (Stmt s : file.statements()) {
                if (s instanceof Stmt.Declare d) {
                    for (var item : d.items()) {
                        if (item.key().name().equalsIgnoreCase("strict_types") && item.value() instanceof Expr.IntLit i) {
                            return i.value() == 1;
                        }
                    }
                } else if (!(s instanceof Stmt.InlineHtml)) {
                    // declare(strict_types) must be the first statement.
                    return false;
                }
            }
            return false;
        }

        @Override
        public Stmt.ClassLike enclosingClass() {
            return classes.peek();
        }

        @Override
        public String enclosingClassName() {
            return classNames.isEmpty() || classNames.peek().isEmpty() ? null : classNames.peek();
        }

        @Override
        public Node enclosingFunction() {
            return functions.peek();
        }

        @Override
        public <T> T fileFact(Class<T> kind, Function<ParseResult, T> compute) {
            Object fact = fileFacts.get(kind);
            if (fact == null) {
                fact = compute.apply(file);
                fileFacts.put(kind, fact);
            }
            return kind.cast(fact);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T nodeFact(Class<?> owner, Node node, java.util.function.Supplier<T> compute) {
            // Per owner: the node last asked about and its fact.
            Object[] last = nodeFacts.computeIfAbsent(owner, k -> new Object[2]);
            if (last[0] != node) {
                last[1] = compute.get();
                last[0] = node;
            }
            return (T) last[1];
        }
    }

    /** The one walk of a file's AST. */
    private final class Walker extends AstScanner {
        private final FileScope scope;
        private final List<Finding> out;
        /** Each rule's sink for this file, by the rule's number; made when the rule first runs. */
        private final FindingSink[] sinks = new FindingSink[slots.size()];

        Walker(FileScope scope, List<Finding> out) {
            this.scope = scope;
            this.out = out;
        }

        /** Marks the children of {@code node} that PHP checks for existence or writes, before the rules see them. */
        private void contexts(Node node) {
            if (node instanceof Expr.Isset i) {
                i.vars().forEach(scope::markExistence);
            } else if (node instanceof Expr.Empty e) {
                scope.markExistence(e.expr());
            } else if (node instanceof Expr.Binary b && b.op() == Expr.BinaryOp.COALESCE) {
                scope.markExistence(b.left());
            } else if (node instanceof Expr.Assign a) {
                scope.markWritten(a.target());
            } else if (node instanceof Expr.AssignRef a) {
                scope.markWritten(a.target());
            } else if (node instanceof Expr.CompoundAssign c) {
                scope.markWritten(c.target());
                if (c.op() == Expr.BinaryOp.COALESCE) {
                    scope.markExistence(c.target());
                }
            } else if (node instanceof Expr.IncDec i) {
                scope.markWritten(i.target());
            } else if (node instanceof Stmt.Unset u) {
                u.vars().forEach(scope::markWritten);
                u.vars().forEach(scope::markExistence);
            } else if (node instanceof Stmt.Foreach f) {
                scope.markWritten(f.key());
                scope.markWritten(f.value());
            }
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public void scan(Node node) {
            if (node == null) {
                return;
            }
            Dispatch d = dispatch.get(node.getClass());
            if (d != null) {
                NodeRule[] rules = d.rules();
                int[] ns = d.slots();
                for (int i = 0; i < rules.length; i++) {
                    FindingSink sink = sinks[ns[i]];
                    if (sink == null) {
                        sink = sink(rules[i], scope.source(), out);
                        sinks[ns[i]] = sink;
                    }
                    rules[i].check(node, scope, sink);
                }
            }
            contexts(node);
            // The node itself is judged from outside; its children from inside it.
            if (node instanceof Stmt.Namespace ns) {
                NameContext saved = scope.names;
                scope.names = scope.namesAt(ns.span().start());
                node.accept(this);
                scope.names = saved;
            } else if (node instanceof Stmt.ClassLike c) {
                scope.classes.push(c);
                scope.classNames.push(c.name() == null ? "" : scope.names().declared(c.name().name()));
                // A class body is not inside the function that declares it.
                Deque<Node> outerFunctions = new ArrayDeque<>(scope.functions);
                scope.functions.clear();
                node.accept(this);
                scope.functions.addAll(outerFunctions);
                scope.classNames.pop();
                scope.classes.pop();
            } else if (node instanceof Stmt.FunctionDecl || node instanceof Member.Method
                    || node instanceof Expr.Closure || node instanceof Expr.ArrowFunction) {
                scope.functions.push(node);
                node.accept(this);
                scope.functions.pop();
            } else {
                node.accept(this);
            }
        }
    }
}
