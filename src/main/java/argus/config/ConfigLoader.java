package argus.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds and reads {@code argus.json}. Every problem is a {@link ConfigException} whose message is
 * the one line to print (exit code 2), naming the file and the key path. The keys and what they
 * mean are in docs/config.md; rule ids and globs are checked where they are used
 * ({@code argus.rules.RuleSelection}, {@code argus.driver.PathIgnores}), since this package comes
 * before the rules and the driver.
 */
public final class ConfigLoader {
    public static final String FILE_NAME = "argus.json";

    /** A config and the warnings to print about it (an unreadable composer.json, say). */
    public record Loaded(Config config, List<String> warnings) {
        public Loaded {
            warnings = List.copyOf(warnings);
        }
    }

    private ConfigLoader() {
    }

    /**
     * The config file a run uses, absolute: {@code --config FILE} (relative to {@code cwd}),
     * else {@code cwd/argus.json} when it exists; null with {@code --no-config} or without a file.
     */
    public static Path locate(Path cwd, String explicitFile, boolean noConfig) {
        if (noConfig) {
            if (explicitFile != null) {
                throw new ConfigException("--config and --no-config cannot be used together");
            }
            return null;
        }
        Path base = cwd.toAbsolutePath().normalize();
        if (explicitFile != null) {
            if (explicitFile.isBlank()) {
                throw new ConfigException("--config needs a file name");
            }
            Path file = base.resolve(explicitFile).normalize();
            if (Files.isDirectory(file)) {
                throw new ConfigException("--config " + explicitFile + ": is a folder, not a file");
            }
            if (!Files.isRegularFile(file)) {
                throw new ConfigException("--config " + explicitFile + ": no such file");
            }
            return file;
        }
        Path file = base.resolve(FILE_NAME);
        return Files.isRegularFile(file) ? file : null;
    }

    /** {@link #locate} then {@link #read}, or {@link #defaults} for {@code cwd} when there is no file. */
    public static Loaded load(Path cwd, String explicitFile, boolean noConfig) {
        Path file = locate(cwd, explicitFile, noConfig);
        return file == null ? defaults(cwd) : read(file);
    }

    /** No config file: the defaults, with the PHP versions of {@code root/composer.json} when it names them. */
    public static Loaded defaults(Path root) {
        Path r = root.toAbsolutePath().normalize();
        List<String> warnings = new ArrayList<>();
        return new Loaded(Config.defaults(r, Composer.phpVersions(r, warnings)), warnings);
    }

    /** Reads a config file; its folder becomes the root that paths and globs are relative to. */
    public static Loaded read(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        String shown = ConfigException.shown(abs);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(abs);
        } catch (IOException e) {
            throw new ConfigException(shown + ": cannot read: " + reason(e), e);
        }
        return parse(bytes, abs);
    }

    /** The config in {@code bytes}, as if read from {@code file} (tests give text without writing it). */
    static Loaded parse(byte[] bytes, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        JsonNode tree = Json.read(bytes, ConfigException.shown(abs));
        List<String> warnings = new ArrayList<>();
        Config config = new ConfigReader(abs, warnings).read(tree);
        return new Loaded(config, warnings);
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return String.valueOf(e.getMessage());
    }
}
