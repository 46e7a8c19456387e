package argus.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The folders and files a composer project loads classes and functions from: the paths of
 * `autoload` and `autoload-dev` (psr-4, psr-0, classmap, files) and the vendor folder
 * (`config.vendor-dir`, default `vendor`). argus reads them for their declarations even when
 * only part of the project is analysed, so that `argus analyse src/` knows the classes of
 * `lib/` and of the dependencies; nothing in them is reported. composer.json is not argus's
 * file: a missing or broken one gives no paths, never an error.
 */
public final class ComposerAutoload {
    private static final ObjectMapper LENIENT = new ObjectMapper();

    private ComposerAutoload() {
    }

    /** Existing paths, relative to {@code root}, in the order composer.json lists them, vendor last. */
    public static List<Path> paths(Path root) {
        Path file = root.resolve(Composer.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        JsonNode tree;
        try {
            tree = LENIENT.readTree(file.toFile());
        } catch (IOException e) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String section : List.of("autoload", "autoload-dev")) {
            JsonNode s = tree.path(section);
            for (String map : List.of("psr-4", "psr-0")) {
                s.path(map).forEach(v -> strings(v, out));
            }
            strings(s.path("classmap"), out);
            strings(s.path("files"), out);
        }
        JsonNode vendor = tree.path("config").path("vendor-dir");
        out.add(vendor.isTextual() ? vendor.asText() : "vendor");
        List<Path> paths = new ArrayList<>();
        for (String p : out) {
            Path resolved = root.resolve(p.isEmpty() ? "." : p).normalize();
            if (resolved.startsWith(root) && Files.exists(resolved)) {
                paths.add(resolved);
            }
        }
        return paths;
    }

    private static void strings(JsonNode v, Set<String> out) {
        if (v.isTextual()) {
            out.add(v.asText());
        } else if (v.isArray()) {
            v.forEach(x -> {
                if (x.isTextual()) {
                    out.add(x.asText());
                }
            });
        }
    }
}
