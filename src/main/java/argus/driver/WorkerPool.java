package argus.driver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one task per item on a fixed set of threads and returns the outcomes by item index, never in
 * completion order, so what follows is the same whatever the thread count.
 * <ul>
 *   <li>Threads get a large stack: the parser and the AST walks recurse once per nesting level, and real
 *       code has 2,000 nested parentheses or 5,000 chained concatenations. The stack is reserved address
 *       space, committed only as it is used, so this costs nothing on ordinary files.</li>
 *   <li>Items run heaviest first (by the weights given, e.g. file sizes), so one big file picked up last
 *       does not leave the other threads idle at the end.</li>
 *   <li>Every task catches {@link Throwable}: one file's crash (even an {@link OutOfMemoryError} or
 *       {@link StackOverflowError}) is that file's outcome, and the run goes on.</li>
 * </ul>
 */
public final class WorkerPool {
    public static final long STACK_SIZE = 512L << 20;

    /** What one item gave: a value, or the throwable that ended its task. */
    public record Outcome<R>(R value, Throwable error) {
        public boolean failed() {
            return error != null;
        }
    }

    @FunctionalInterface
    public interface Task<R> {
        R run(int index) throws Exception;
    }

    /** Told each time an item is done, from the worker threads. */
    @FunctionalInterface
    public interface Listener {
        void done(int index);
    }

    private WorkerPool() {
    }

    public static <R> List<Outcome<R>> run(long[] weights, int threads, Task<R> task, Listener listener) {
        int count = weights.length;
        List<Outcome<R>> outcomes = new ArrayList<>(Collections.nCopies(count, null));
        if (count == 0) {
            return outcomes;
        }
        Integer[] order = new Integer[count];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingLong((Integer i) -> -weights[i]).thenComparingInt(i -> i));
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int k = next.getAndIncrement(); k < count; k = next.getAndIncrement()) {
                int i = order[k];
                Outcome<R> outcome;
                try {
                    outcome = new Outcome<>(task.run(i), null);
                } catch (Throwable t) {
                    outcome = new Outcome<>(null, t);
                }
                synchronized (outcomes) {
                    outcomes.set(i, outcome);
                }
                listener.done(i);
            }
        };
        int n = Math.max(1, Math.min(threads, count));
        Thread[] pool = new Thread[n];
        for (int t = 0; t < n; t++) {
            pool[t] = new Thread(null, worker, "argus-worker-" + (t + 1), STACK_SIZE);
            pool[t].start();
        }
        boolean interrupted = false;
        for (Thread t : pool) {
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        synchronized (outcomes) {
            return new ArrayList<>(outcomes);
        }
    }
}
