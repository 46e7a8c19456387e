package argus.config;

import java.nio.file.Path;

/**
 * A configuration, baseline or rule-selection problem the user must fix: the CLI prints the
 * message as the one line on stderr and exits with 2. The message names the file and the key
 * path ({@code argus.json: ignore[2].path: ...}) or the option ({@code --enable Foo: ...}).
 */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }

    /** "argus.json: rules.Foo: message"; {@code file} null for settings that came from no file. */
    public static ConfigException at(Path file, String keyPath, String message) {
        return new ConfigException(shown(file) + ": " + keyPath + ": " + message);
    }

    /**
     * How messages name a config file: its file name. The folder is the one the user ran in or
     * passed to {@code --config}, and Config keeps only the absolute path, which would make every
     * message long for no gain.
     */
    public static String shown(Path file) {
        return file == null ? "defaults" : String.valueOf(file.getFileName());
    }
}
