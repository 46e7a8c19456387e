import argus.ast.AstScanner;
import argus.ast.Expr;
import argus.ast.Node;
import argus.ast.ParseResult;
import argus.config.PhpVersionRange;
import argus.diag.Finding;
import argus.driver.Analysis;
import argus.driver.FileSet;
import argus.driver.Progress;
import argus.flow.FlowAnalysis;
import argus.flow.FlowFacts;
import argus.flow.TypeEnv;
import argus.index.Builtins;
import argus.index.SymbolIndex;
import argus.types.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * Scan and type inference of a code base as `argus analyse` does them (the same driver: parse
 * and declarations of every file, the symbol index, then the flow analysis of each file on the
 * worker threads), without any rule. Prints the type coverage: of every expression node of
 * every file, how many the flow typed and how many got a type other than `mixed`.
 *   usage: java -cp target/argus.jar:CLASSES InferBench [--threads N] [--php-version V] [--no-count] LIST_FILE
 * With --no-count it only analyses (what the timed run of bench/infer-bench.sh does): counting
 * walks every file once more, which is the benchmark's work, not the inference's.
 * (bench/infer-bench.sh compiles and runs it, and times it against `argus lint`).
 */
public class InferBench {
    /** Counts for the whole run; the workers add to them concurrently. */
    static final LongAdder EXPRESSIONS = new LongAdder();
    static final LongAdder EVALUATED = new LongAdder();
    static final LongAdder TYPED = new LongAdder();
    static final LongAdder FLOW_NANOS = new LongAdder();
    /** Flow time per file, for the slowest ones (--slowest N). */
    static final java.util.concurrent.ConcurrentLinkedQueue<Object[]> PER_FILE = new java.util.concurrent.ConcurrentLinkedQueue<>();

    public static void main(String[] args) throws Exception {
        int threads = 1;
        int slowest = 0;
        boolean counting = true;
        PhpVersionRange versions = PhpVersionRange.NEWEST;
        String list = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--php-version" -> versions = PhpVersionRange.parse(args[++i]);
                case "--slowest" -> slowest = Integer.parseInt(args[++i]);
                case "--no-count" -> counting = false;
                default -> list = args[i];
            }
        }
        if (list == null) {
            System.err.println("usage: InferBench [--threads N] [--php-version V] LIST_FILE");
            System.exit(2);
        }
        List<String> roots = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(list))) {
            if (!line.isBlank()) {
                roots.add(line.strip());
            }
        }
        List<FileSet.Entry> files = FileSet.expand(Path.of("").toAbsolutePath(), roots, List.of()).files();
        PhpVersionRange targets = versions;
        boolean doCount = counting;
        Analysis.Result result = Analysis.run(files, threads, Progress.NONE, new Analysis.FileAnalyzer() {
            private final Object lock = new Object();
            private TypeEnv env;
            private SymbolIndex envIndex;

            @Override
            public boolean needsIndex() {
                return true;
            }

            @Override
            public List<Finding> analyse(ParseResult parsed, SymbolIndex index) {
                TypeEnv shared;
                synchronized (lock) {
                    // One environment per run, shared by the workers, as RuleEngine does.
                    if (env == null || envIndex != index) {
                        env = new TypeEnv(index, Builtins.get(), targets);
                        envIndex = index;
                    }
                    shared = env;
                }
                // CPU time of this thread: on a shared machine wall time mostly measures the neighbours.
                java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
                long start = cpu.getCurrentThreadCpuTime();
                FlowFacts facts = FlowAnalysis.analyse(parsed, shared);
                long nanos = cpu.getCurrentThreadCpuTime() - start;
                FLOW_NANOS.add(nanos);
                PER_FILE.add(new Object[] {parsed.source().path(), nanos});
                if (doCount) {
                    count(parsed, facts);
                }
                return List.of();
            }
        });
        long exprs = EXPRESSIONS.sum();
        long evaluated = EVALUATED.sum();
        long typed = TYPED.sum();
        System.out.printf("files %d%nlines %d%nexpressions %d%nevaluated %d%nnot-mixed %d%n",
                files.size(), result.lines(), exprs, evaluated, typed);
        System.out.printf("coverage %.1f%% of all expressions, %.1f%% of those evaluated%n",
                100.0 * typed / Math.max(1, exprs), 100.0 * typed / Math.max(1, evaluated));
        System.out.printf("flow-seconds %.1f (CPU time of the flow analysis proper)%n", FLOW_NANOS.sum() / 1e9);
        PER_FILE.stream().sorted((a, b) -> Long.compare((Long) b[1], (Long) a[1])).limit(slowest)
                .forEach(f -> System.out.printf("  slow %8.1f ms %s%n", (Long) f[1] / 1e6, f[0]));
        System.out.printf("internal-errors %d%n", result.failures().size());
        for (Analysis.Failure f : result.failures()) {
            System.out.println("  internal-error " + f.file() + ": " + f.error());
        }
    }

    /**
     * Every expression node counts, also those the flow never evaluated (unreachable code,
     * parts it does not look into): those are untyped, as a reader of the file would see it.
     */
    static void count(ParseResult parsed, FlowFacts facts) {
        long[] n = new long[3];
        new AstScanner() {
            @Override
            public void scan(Node node) {
                if (node instanceof Expr e) {
                    n[0]++;
                    if (facts.evaluated(e)) {
                        n[1]++;
                        if (!facts.typeOf(e).equals(Type.MIXED)) {
                            n[2]++;
                        }
                    }
                }
                super.scan(node);
            }
        }.scan(parsed.statements());
        EXPRESSIONS.add(n[0]);
        EVALUATED.add(n[1]);
        TYPED.add(n[2]);
    }
}
