package argus.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The PHP versions a project declares in composer.json ({@code require.php}). */
final class Composer {
    static final String FILE_NAME = "composer.json";
    /** Made when a composer.json is read: Jackson's start-up is serial time of every run. */
    private static final class Json {
        static final ObjectMapper LENIENT = new ObjectMapper();
    }

    private Composer() {
    }

    /**
     * From {@code root/composer.json}, else the newest version argus knows. composer.json is not
     * argus's file, so a broken one is a warning (added to {@code warnings}), never an error.
     */
    static PhpVersionRange phpVersions(Path root, List<String> warnings) {
        Path file = root.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return PhpVersionRange.NEWEST;
        }
        JsonNode php;
        try {
            php = Json.LENIENT.readTree(file.toFile()).path("require").path("php");
        } catch (IOException e) {
            warnings.add(FILE_NAME + ": cannot read it, so assuming PHP " + PhpVersion.NEWEST + " ("
                    + firstLine(e.getMessage()) + ")");
            return PhpVersionRange.NEWEST;
        }
        if (php.isMissingNode() || php.isNull()) {
            return PhpVersionRange.NEWEST;
        }
        if (!php.isTextual()) {
            warnings.add(FILE_NAME + ": require.php is not a string, so assuming PHP " + PhpVersion.NEWEST);
            return PhpVersionRange.NEWEST;
        }
        try {
            return PhpVersionRange.fromComposerConstraint(php.asText());
        } catch (IllegalArgumentException e) {
            warnings.add(FILE_NAME + ": require.php: " + e.getMessage() + ", so assuming PHP " + PhpVersion.NEWEST
                    + " (set \"php\" in argus.json or use --php-version)");
            return PhpVersionRange.NEWEST;
        }
    }

    private static String firstLine(String m) {
        String s = String.valueOf(m);
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
