package argus.cli;

import argus.parse.WarmUp;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code argus}: the entry point, its subcommands, and the mapping of every failure to exit codes 2 and 3. */
@Command(name = "argus", mixinStandardHelpOptions = true, versionProvider = Version.Provider.class,
        description = "Static analyzer for PHP.")
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;
    static final String REPORT_HINT = "this is a bug in argus: please report it in the argus issue tracker, "
            + "with this message and the file (set ARGUS_DEBUG=1 for a stack trace)";

    private final Io io;

    @Spec
    CommandSpec spec;

    public Main() {
        this(Io.system());
    }

    public Main(Io io) {
        this.io = io;
    }

    Io io() {
        return io;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command (analyse or lint)");
    }

    /** The subcommands, in the order help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(AnalyseCommand.class, LintCommand.class,
            RulesCommand.class, ExplainCommand.class, CommandLine.HelpCommand.class);

    public static void main(String[] args) {
        String first = args.length > 0 ? args[0] : null;
        Class<?> command = subcommand(first);
        // Only the commands that parse files have a use for a parser warmed up while picocli starts.
        if (command != null && FileCommand.class.isAssignableFrom(command)) {
            WarmUp.start(() -> readAnnotations(command));
        }
        Io io = Io.system();
        int code = commandLine(io, first).execute(args);
        io.err().flush();
        System.exit(code);
    }

    /**
     * Reads the annotations picocli is about to read, on the warm-up thread: the JDK generates a
     * proxy class per annotation type on first use, and on the main thread that was a third of
     * picocli's start-up (one-file lint: workers start ~50 ms sooner). The JDK caches the parsed
     * annotations, so picocli then finds them ready.
     */
    private static void readAnnotations(Class<?> command) {
        List<Class<?>> classes = new java.util.ArrayList<>(List.of(Main.class));
        for (Class<?> c = command; c != Object.class; c = c.getSuperclass()) {
            classes.add(c);
        }
        for (Class<?> c : classes) {
            c.getAnnotations();
            for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                f.getAnnotations();
            }
        }
    }

    /** The configured command line: use this, not {@code new CommandLine(new Main())}, to get exit codes 2 and 3. */
    public static CommandLine commandLine(Io io) {
        return commandLine(io, null);
    }

    /**
     * With {@code first} (the first argument) naming a subcommand, only that one is built:
     * picocli reads each command's options by reflection, serial start-up time of every run
     * before a single file is read. Anything else (an option, a typo, `help`) gets them all.
     */
    static CommandLine commandLine(Io io, String first) {
        CommandLine cl = new CommandLine(new Main(io));
        Class<?> only = subcommand(first);
        for (Class<?> c : only != null ? List.<Class<?>>of(only) : SUBCOMMANDS) {
            cl.addSubcommand(c);
        }
        cl.setOut(new PrintWriter(new OutputStreamWriter(io.out(), StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(io.err(), StandardCharsets.UTF_8), true));
        cl.setParameterExceptionHandler((ex, args) -> {
            // picocli's default prints the whole usage after the error; one line and a hint is what a CI log needs.
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("argus: " + firstLine(ex.getMessage()));
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            err.flush();
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            if (ex instanceof UsageException) {
                err.println("argus: " + ex.getMessage());
                err.flush();
                return USAGE;
            }
            err.println("argus: internal error: " + describe(ex) + "; " + REPORT_HINT);
            debug(io.err(), ex);
            err.flush();
            return INTERNAL;
        });
        return cl;
    }

    /** The subcommand {@code first} names (by name or alias), or null; {@code help} counts as none. */
    private static Class<?> subcommand(String first) {
        if (first == null) {
            return null;
        }
        for (Class<?> c : SUBCOMMANDS) {
            Command a = c.getAnnotation(Command.class);
            if (c != CommandLine.HelpCommand.class && (a.name().equals(first) || Arrays.asList(a.aliases()).contains(first))) {
                return c;
            }
        }
        return null;
    }

    /** The exception and the frame it came from, on one line. */
    static String describe(Throwable t) {
        StackTraceElement[] frames = t.getStackTrace();
        String where = frames.length > 0 ? " at " + frames[0] : "";
        return t + where;
    }

    static void debug(PrintStream err, Throwable t) {
        String flag = System.getenv("ARGUS_DEBUG");
        if (flag != null && !flag.isEmpty() && !flag.equals("0")) {
            t.printStackTrace(err);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "invalid command line";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
