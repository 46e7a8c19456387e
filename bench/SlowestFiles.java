import argus.ast.ParseResult;
import argus.parse.PhpParsing;
import argus.source.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Per-file parse times in one process, in the order bench/parse-bench.sh gives the files, so a
 * file is timed as it would be inside a real run (JIT warming up as it goes). Prints the slowest.
 *   usage: java -cp target/argus.jar bench/SlowestFiles.java LIST_FILE [N]
 */
public class SlowestFiles {
    record Timing(String file, long bytes, double millis) {}

    public static void main(String[] args) throws Exception {
        List<String> files = Files.readAllLines(Path.of(args[0]));
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Timing> timings = new ArrayList<>();
        Thread worker = new Thread(null, () -> {
            for (String f : files) {
                try {
                    byte[] bytes = Files.readAllBytes(Path.of(f));
                    long start = System.nanoTime();
                    ParseResult r = PhpParsing.parse(new SourceFile(f, bytes));
                    timings.add(new Timing(f, bytes.length, (System.nanoTime() - start) / 1e6));
                } catch (Exception e) {
                    throw new RuntimeException(f, e);
                }
            }
        }, "parse", 512L << 20);
        worker.start();
        worker.join();
        timings.sort(Comparator.comparingDouble(Timing::millis).reversed());
        for (Timing t : timings.subList(0, Math.min(n, timings.size()))) {
            System.out.printf("%8.1f ms %9d bytes  %s%n", t.millis(), t.bytes(), t.file());
        }
    }
}
