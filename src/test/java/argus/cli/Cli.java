package argus.cli;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Runs argus in-process, as {@code bin/argus} would, with captured streams and a chosen working folder. */
final class Cli {
    record Run(int code, String out, String err) {
        List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\n"));
        }

        /** The output with the one non-deterministic figure, the duration, blanked. */
        String stableOut() {
            return out.replaceAll("\"durationMs\": \\d+", "\"durationMs\": 0").replaceAll(" in \\d+\\.\\ds\n", " in 0.0s\n")
                    .replaceAll(" time=\"[0-9.]+\"", " time=\"0\"");
        }
    }

    private Cli() {
    }

    static Run run(Path cwd, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io io = new Io(InputStream.nullInputStream(), out, new PrintStream(err, true, StandardCharsets.UTF_8), cwd,
                false, false, false);
        int code = Main.commandLine(io).execute(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
