package argus.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WorkerPoolTest {
    @Test
    void outcomesAreByIndexWhateverTheCompletionOrder() {
        long[] weights = {1, 50, 3, 40, 5, 30, 7, 20};
        List<WorkerPool.Outcome<Integer>> out = WorkerPool.run(weights, 4, i -> {
            Thread.sleep(weights[i]);
            return i * 10;
        }, i -> { });
        for (int i = 0; i < weights.length; i++) {
            assertEquals(i * 10, out.get(i).value());
        }
    }

    @Test
    void aCrashIsThatItemsOutcomeAndTheOthersStillRun() {
        AtomicInteger done = new AtomicInteger();
        List<WorkerPool.Outcome<String>> out = WorkerPool.run(new long[6], 2, i -> {
            if (i == 2) {
                throw new IllegalStateException("boom");
            }
            if (i == 4) {
                throw new StackOverflowError();
            }
            return "ok" + i;
        }, i -> done.incrementAndGet());
        assertEquals(6, done.get());
        assertEquals("boom", out.get(2).error().getMessage());
        assertTrue(out.get(4).error() instanceof StackOverflowError);
        assertEquals("ok5", out.get(5).value());
        assertNull(out.get(0).error());
    }

    @Test
    void workersHaveADeepStack() {
        // Recursion ~100k frames deep overflows a default 1 MB (or 8 MB) stack but not the workers'.
        List<WorkerPool.Outcome<Integer>> out = WorkerPool.run(new long[1], 1, i -> depth(200_000), i -> { });
        assertNull(out.get(0).error());
        assertEquals(200_000, out.get(0).value());
    }

    private static int depth(int n) {
        return n == 0 ? 0 : 1 + depth(n - 1);
    }

    @Test
    void noItemsNoThreads() {
        assertTrue(WorkerPool.run(new long[0], 4, i -> i, i -> { }).isEmpty());
    }
}
