import argus.parse.PhpParsing;
import argus.source.SourceFile;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/**
 * What two threads give over one, inside one warm JVM (see bench/scaling.sh): first on loops
 * that only compute, allocate, write memory or read a private table sized for one cache level,
 * which is what the machine itself allows;
 * then on parsing every file of a list held in memory, which is argus's parallel phase without
 * JVM start, JIT warm-up, file reading or output.
 *   usage: java -cp target/argus.jar:CLASSES Scaling FILE-LIST [ROUNDS]
 */
public final class Scaling {
    private static volatile long sink;

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.println("the machine (best of 3; ideal 2.00x):");
        long[][] memory = {new long[32 << 20], new long[32 << 20]};
        machine("compute", k -> sink = compute(200_000_000L));
        machine("allocate small objects", k -> sink = allocate(100_000_000));
        machine("write 256 MB, a line at a time", k -> sink = write(memory[k], 40));
        int[][] small = {new int[256 << 10], new int[256 << 10]};
        int[][] large = {new int[2 << 20], new int[2 << 20]};
        machine("read 1 MB each (fits a core's L2)", k -> sink = read(small[k], 2_500_000_000L));
        machine("read 8 MB each (shares the L3)", k -> sink = read(large[k], 2_500_000_000L));

        List<SourceFile> files = new ArrayList<>();
        for (String f : Files.readAllLines(Path.of(args[0]))) {
            if (!f.isBlank()) {
                files.add(new SourceFile(f, Files.readAllBytes(Path.of(f.strip()))));
            }
        }
        System.out.printf("parsing %d files held in memory (%d rounds each, the first %d for warm-up; best wall, CPU of all workers):%n",
                files.size(), rounds, Math.min(2, rounds - 1));
        double[] one = parse(files, 1, rounds);
        double[] two = parse(files, 2, rounds);
        System.out.printf("  1 thread  %6.3f s wall %6.3f s CPU%n", one[0], one[1]);
        System.out.printf("  2 threads %6.3f s wall %6.3f s CPU%n", two[0], two[1]);
        System.out.printf("  speed-up %.2fx; CPU per file with 2 threads %+.0f%%%n", one[0] / two[0], 100 * (two[1] / one[1] - 1));
    }

    private static void machine(String what, IntConsumer work) throws Exception {
        double best1 = Double.MAX_VALUE;
        double best2 = Double.MAX_VALUE;
        for (int r = 0; r < 3; r++) {
            best1 = Math.min(best1, run(1, work));
            best2 = Math.min(best2, run(2, work));
        }
        System.out.printf("  %-36s %.2fx%n", what, 2 * best1 / best2);
    }

    /** Wall seconds for {@code threads} threads each doing the whole work (thread k gets k). */
    private static double run(int threads, IntConsumer work) throws Exception {
        Thread[] pool = new Thread[threads];
        long t0 = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int k = t;
            pool[t] = new Thread(() -> work.accept(k));
            pool[t].start();
        }
        for (Thread t : pool) {
            t.join();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static long compute(long n) {
        long a = 1, b = 2, c = 3, d = 4;
        for (long i = 0; i < n; i++) {
            a = a * 3 + i;
            b = b * 5 + (a >>> 7);
            c ^= b + i;
            d += c >>> 3;
        }
        return a + b + c + d;
    }

    /** Small arrays, each kept for a while in a ring, as parse-tree nodes are: most die young. */
    private static long allocate(int n) {
        Object[] ring = new Object[1024];
        long s = 0;
        for (int i = 0; i < n; i++) {
            Object[] o = new Object[4];
            o[0] = ring;
            ring[i & 1023] = o;
            s += o.length;
        }
        return s;
    }

    private static long write(long[] a, int passes) {
        long s = 0;
        for (int p = 0; p < passes; p++) {
            for (int i = 0; i < a.length; i += 8) {
                a[i] = p + i;
            }
            s += a[p];
        }
        return s;
    }

    /** Reads {@code reads / 16} scattered lines of a private table, whose size decides which cache holds it. */
    private static long read(int[] a, long reads) {
        long s = 0;
        int mask = a.length - 1;
        for (long done = 0; done < reads; done += a.length) {
            for (int i = 0; i < a.length; i += 16) {
                s += a[(i * 7919) & mask];
            }
        }
        return s;
    }

    /** Best wall seconds and the workers' CPU seconds of that round, over rounds after the warm-up ones. */
    private static double[] parse(List<SourceFile> files, int threads, int rounds) throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[] best = {Double.MAX_VALUE, 0};
        for (int r = 0; r < rounds; r++) {
            AtomicInteger next = new AtomicInteger();
            AtomicLong cpu = new AtomicLong();
            Thread[] pool = new Thread[threads];
            long t0 = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                pool[t] = new Thread(null, () -> {
                    long c0 = mx.getCurrentThreadCpuTime();
                    for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                        PhpParsing.parse(files.get(i));
                    }
                    cpu.addAndGet(mx.getCurrentThreadCpuTime() - c0);
                }, "parse", 512L << 20);
                pool[t].start();
            }
            for (Thread t : pool) {
                t.join();
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            if (r >= Math.min(2, rounds - 1) && wall < best[0]) {
                best[0] = wall;
                best[1] = cpu.get() / 1e9;
            }
        }
        return best;
    }
}
