package argus.driver;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * "argus: 412/938 files" on stderr, redrawn a few times a second by a daemon thread so that workers
 * only bump a counter. Shown only when stderr is a terminal (the caller decides); otherwise
 * {@link #NONE}, so logs and CI output never fill with carriage returns.
 */
public class Progress implements AutoCloseable {
    public static final Progress NONE = new Progress();

    private Progress() {
    }

    public void step() {
    }

    @Override
    public void close() {
    }

    public static Progress terminal(PrintStream err, String what, int total) {
        return new Live(err, what, total);
    }

    private static final class Live extends Progress {
        private final PrintStream err;
        private final String what;
        private final int total;
        private final AtomicInteger done = new AtomicInteger();
        private final Thread painter;
        private volatile boolean running = true;

        Live(PrintStream err, String what, int total) {
            this.err = err;
            this.what = what;
            this.total = total;
            painter = new Thread(this::paintLoop, "argus-progress");
            painter.setDaemon(true);
            painter.start();
        }

        @Override
        public void step() {
            done.incrementAndGet();
        }

        private void paintLoop() {
            while (running) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
                if (running) {
                    err.print("\rargus: " + what + " " + done.get() + "/" + total + " files");
                    err.flush();
                }
            }
        }

        @Override
        public void close() {
            running = false;
            painter.interrupt();
            try {
                painter.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            err.print("\r\033[K");
            err.flush();
        }
    }
}
