package argus.cache;

import argus.diag.Category;
import argus.diag.Finding;
import argus.diag.Severity;
import argus.diag.TraceStep;
import argus.source.Span;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Per-file results from earlier runs, keyed by the file's content hash, under a namespace
 * that changes with argus itself and with every setting that changes results. Today every
 * rule that reads one file only gives findings that depend on its bytes and the namespace
 * alone; when rules read the whole project's symbols, the entry key also carries a digest of
 * every file of the project ({@link #keyInProject}), so any change anywhere is a miss.
 *
 * <p>Entries are written to a temporary file and renamed, so readers never see half an entry;
 * an entry that cannot be read or parsed is a miss, never an error. Thread-safe: entries are
 * independent files.
 */
public final class ResultCache {
    /** Made on first use: Jackson's start-up is serial time of every run, and --no-cache needs none of it. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
        static final JsonFactory FACTORY = new JsonFactory();
    }

    private static final ResultCache DISABLED = new ResultCache(null);

    private final Path dir;
    /** Fan-out folders known to exist, so each is created once a run. */
    private final java.util.Set<String> madeDirs = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private ResultCache(Path dir) {
        this.dir = dir;
    }

    public static ResultCache disabled() {
        return DISABLED;
    }

    /**
     * @param namespaceKey everything that changes results besides the file: argus's build,
     *                     enabled rules and severities, PHP versions, level, rule data
     */
    public static ResultCache open(Path cacheDir, String namespaceKey) {
        return new ResultCache(cacheDir.resolve("v1-" + sha256(namespaceKey.getBytes(StandardCharsets.UTF_8)).substring(0, 24)));
    }

    public boolean enabled() {
        return dir != null;
    }

    /** The entry file for some content; null when the cache is off. Compute once, then get and put. */
    public Path keyOf(byte[] content) {
        return dir == null ? null : entryFile(content);
    }

    /** The entry for a file's content within one state of the whole project (for rules that read other files). */
    public Path keyInProject(Path contentKey, String projectDigest) {
        if (contentKey == null) {
            return null;
        }
        String name = contentKey.getFileName().toString();
        String salt = sha256(projectDigest.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        return contentKey.resolveSibling(name.substring(0, name.length() - ".json".length()) + "-" + salt + ".json");
    }

    /** A file's cached result, already stamped with {@code displayPath}. */
    public Optional<Entry> get(Path file, String displayPath) {
        if (file == null) {
            return Optional.empty();
        }
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            return Optional.of(read(Json.MAPPER.readTree(file.toFile()), displayPath));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public void put(Path file, Entry entry) {
        if (file == null) {
            return;
        }
        try {
            Path parent = file.getParent();
            if (madeDirs.add(parent.getFileName().toString())) {
                Files.createDirectories(parent);
            }
            // A name no other thread or process uses at the same moment; cheaper than createTempFile.
            Path tmp = parent.resolve(file.getFileName() + "." + ProcessHandle.current().pid() + "."
                    + Thread.currentThread().getId() + ".tmp");
            try {
                Files.write(tmp, write(entry));
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException e) {
            // A cache that cannot be written (read-only disk, full disk) only costs speed.
        }
    }

    /** What a file contributed: its line count and its findings (the file path is not stored). */
    public record Entry(long lines, List<Finding> findings) {
        public Entry {
            findings = List.copyOf(findings);
        }
    }

    private Path entryFile(byte[] content) {
        String hash = ContentHash.hex(content);
        return dir.resolve(hash.substring(0, 2)).resolve(hash.substring(2) + ".json");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static byte[] write(Entry entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = Json.FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeNumberField("lines", entry.lines());
            g.writeArrayFieldStart("findings");
            for (Finding f : entry.findings()) {
                g.writeStartObject();
                g.writeStringField("rule", f.rule());
                g.writeStringField("category", f.category().name());
                g.writeStringField("severity", f.severity().name());
                writeSpan(g, "span", f.span());
                g.writeStringField("message", f.message());
                g.writeArrayFieldStart("trace");
                for (TraceStep t : f.trace()) {
                    g.writeStartObject();
                    // A step in the same file is stored without its path, which changes with the working folder.
                    g.writeBooleanField("sameFile", t.file().equals(f.file()));
                    g.writeStringField("file", t.file().equals(f.file()) ? "" : t.file());
                    writeSpan(g, "span", t.span());
                    g.writeStringField("message", t.message());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    private static void writeSpan(JsonGenerator g, String name, Span s) throws IOException {
        g.writeArrayFieldStart(name);
        for (int v : new int[] {s.start(), s.end(), s.line(), s.column(), s.endLine(), s.endColumn()}) {
            g.writeNumber(v);
        }
        g.writeEndArray();
    }

    private static Entry read(JsonNode root, String displayPath) {
        List<Finding> findings = new ArrayList<>();
        for (JsonNode f : root.required("findings")) {
            List<TraceStep> trace = new ArrayList<>();
            for (JsonNode t : f.required("trace")) {
                String file = t.required("sameFile").asBoolean() ? displayPath : t.required("file").asText();
                trace.add(new TraceStep(file, span(t.required("span")), t.required("message").asText()));
            }
            findings.add(new Finding(f.required("rule").asText(), Category.valueOf(f.required("category").asText()),
                    Severity.valueOf(f.required("severity").asText()), displayPath, span(f.required("span")),
                    f.required("message").asText(), trace));
        }
        return new Entry(root.required("lines").asLong(), findings);
    }

    private static Span span(JsonNode a) {
        if (a.size() != 6) {
            throw new IllegalArgumentException("bad span");
        }
        return new Span(a.get(0).asInt(), a.get(1).asInt(), a.get(2).asInt(), a.get(3).asInt(), a.get(4).asInt(),
                a.get(5).asInt());
    }
}
