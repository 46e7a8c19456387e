package argus.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** The tool's name and version, from the pom through the filtered {@code argus/version.properties}. */
public final class Version {
    public static final String NAME;
    public static final String VERSION;
    /** Differs between any two builds; part of the result-cache namespace. */
    public static final String BUILD;

    static {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/argus/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        NAME = p.getProperty("name", "argus");
        // An unfiltered placeholder means the classes were built outside Maven (an IDE run).
        String v = p.getProperty("version", "dev");
        VERSION = v.startsWith("${") ? "dev" : v;
        String b = p.getProperty("build", "");
        BUILD = b.isEmpty() || b.startsWith("${") ? "dev-" + System.nanoTime() : b;
    }

    private Version() {
    }

    /** picocli's hook for {@code --version}. */
    public static final class Provider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {NAME + " " + VERSION};
        }
    }
}
