package argus.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The process's surroundings as the commands see them, so tests can run a command in-process with
 * their own streams and working folder.
 *
 * @param outIsTerminal colour is used only then
 * @param errIsTerminal progress is shown only then
 * @param noColor the NO_COLOR convention (https://no-color.org): set and not empty
 */
public record Io(InputStream in, OutputStream out, PrintStream err, Path cwd, boolean outIsTerminal,
                 boolean errIsTerminal, boolean noColor) {

    /**
     * The real process. Java cannot ask whether one stream is a terminal, so {@code bin/argus} tells it
     * ({@code -Dargus.tty.out}, {@code -Dargus.tty.err}, from {@code test -t}); without them, a console
     * (stdin and stdout both terminals) stands for both.
     */
    public static Io system() {
        boolean console = System.console() != null;
        String noColor = System.getenv("NO_COLOR");
        // stderr in UTF-8 whatever the locale, so file names in messages survive LANG=C.
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        return new Io(System.in, new FileOutputStream(FileDescriptor.out), err,
                Path.of("").toAbsolutePath(), flag("argus.tty.out", console), flag("argus.tty.err", console),
                noColor != null && !noColor.isEmpty());
    }

    private static boolean flag(String property, boolean fallback) {
        String v = System.getProperty(property);
        return v == null || v.isEmpty() ? fallback : v.equals("1") || v.equalsIgnoreCase("true");
    }
}
