package argus.parse;

import argus.source.SourceFile;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a small sample of ordinary PHP on a background thread while the command line is read
 * and the files are listed, a stretch of every run in which one thread works and any other core
 * waits. Without it, the first files pay for loading and initialising the parser (its ATN
 * deserialised, the builders' classes loaded), for the first prediction-cache entries and for
 * interpreting the hottest methods until they are compiled; with several workers, all but one
 * wait for that class initialisation.
 * <p>
 * Only speed can change: the prediction cache is a cache (the parse of a file does not depend
 * on what was parsed before). The sample is parsed in pieces of at most a few kilobytes and the
 * thread ends at the next piece once {@link #stop()} is called, so that it hardly competes with
 * the workers even on a one-file run. It never starts on a single core, where it could only compete.
 */
public final class WarmUp {
    private static final String RESOURCE = "warm-up.php";
    private static final String PIECE_BREAK = "\n// ----\n";
    /** Enough for the hottest methods to be compiled; the pieces take about a millisecond each once they are. */
    private static final int MAX_PIECES = 200;

    private static volatile boolean stopped;

    private WarmUp() {
    }

    /** Starts the warm-up, unless the machine has a single core; {@code first} runs before the sample is parsed. */
    public static void start(Runnable first) {
        if (Runtime.getRuntime().availableProcessors() < 2) {
            return;
        }
        Thread thread = new Thread(null, () -> {
            try {
                first.run();
            } catch (Throwable e) {
                // Only ever a head start, as the parsing below.
            }
            run();
        }, "argus-warm-up", 16L << 20);
        thread.setDaemon(true);
        thread.start();
    }

    /** Called when the real work starts: the warm-up ends after the piece it is parsing. */
    public static void stop() {
        stopped = true;
    }

    /** The sample's pieces, each a PHP file of its own. */
    static List<SourceFile> pieces() throws java.io.IOException {
        String text;
        try (InputStream in = WarmUp.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return List.of();
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<SourceFile> out = new ArrayList<>();
        for (String piece : text.split(PIECE_BREAK)) {
            out.add(SourceFile.of(RESOURCE, piece.startsWith("<?php") ? piece : "<?php\n" + piece));
        }
        return out;
    }

    private static void run() {
        try {
            List<SourceFile> pieces = pieces();
            for (int i = 0; i < MAX_PIECES && !stopped && !pieces.isEmpty(); i++) {
                PhpParsing.parse(pieces.get(i % pieces.size()));
            }
        } catch (Throwable e) {
            // Only ever a head start: the workers load and parse on their own either way.
        }
    }
}
