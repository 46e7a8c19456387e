import argus.ast.AstScanner;
import argus.ast.Expr;
import argus.ast.Node;
import argus.ast.ParseResult;
import argus.config.PhpVersionRange;
import argus.driver.Analysis;
import argus.driver.FileSet;
import argus.driver.Progress;
import argus.flow.FlowAnalysis;
import argus.flow.FlowFacts;
import argus.flow.TypeEnv;
import argus.index.Builtins;
import argus.index.SymbolIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A digest of the type the flow infers for every expression of a code base (its notation, in
 * source order, per file, files by path), for checking that a change meant to be only faster
 * infers exactly what it did before: run it on both builds and compare the two lines.
 *   usage: java -cp target/argus.jar:CLASSES TypeDigest LIST_FILE
 * (bench/type-digest.sh compiles and runs it on the corpus.)
 */
public class TypeDigest {
    public static void main(String[] args) throws Exception {
        List<String> roots = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            if (!line.isBlank()) {
                roots.add(line.strip());
            }
        }
        List<FileSet.Entry> files = FileSet.expand(Path.of("").toAbsolutePath(), roots, List.of()).files();
        ConcurrentSkipListMap<String, Long> perFile = new ConcurrentSkipListMap<>();
        Object lock = new Object();
        TypeEnv[] env = new TypeEnv[1];
        Analysis.Result result = Analysis.run(files, 2, Progress.NONE, new Analysis.FileAnalyzer() {
            @Override
            public boolean needsIndex() {
                return true;
            }

            @Override
            public List<argus.diag.Finding> analyse(ParseResult parsed, SymbolIndex index) {
                TypeEnv shared;
                synchronized (lock) {
                    if (env[0] == null) {
                        env[0] = new TypeEnv(index, Builtins.get(), PhpVersionRange.NEWEST);
                    }
                    shared = env[0];
                }
                FlowFacts facts = FlowAnalysis.analyse(parsed, shared);
                long[] h = {17};
                new AstScanner() {
                    @Override
                    public void scan(Node n) {
                        if (n instanceof Expr e) {
                            h[0] = h[0] * 31 + (facts.evaluated(e) ? facts.typeOf(e).describe().hashCode() : 7);
                        }
                        super.scan(n);
                    }
                }.scan(parsed.statements());
                perFile.put(parsed.source().path(), h[0]);
                return List.of();
            }
        });
        long all = 17;
        for (long v : perFile.values()) {
            all = all * 31 + v;
        }
        System.out.printf("files %d, internal errors %d, type digest %016x%n", perFile.size(),
                result.failures().size(), all);
    }
}
