package argus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `analyse --find-dead-code` end to end: the option, the config keys, suppressions, the cache, vendor/, threads. */
class FindDeadCodeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private void write(String path, String content) throws IOException {
        Path f = dir.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, content);
    }

    @BeforeEach
    void project() throws IOException {
        write("src/lib.php", """
                <?php
                function used_fn(): void {}
                function unused_fn(): void {}
                // @argus-ignore UnusedFunction
                function kept_fn(): void {}
                function hook_fn(): void {}
                class Service {
                    public function run(): void {}
                    public function stale(): void {}
                }
                // @argus-ignore UnusedClass
                function also_used(): void {}
                """);
        write("src/app.php", """
                <?php
                used_fn();
                also_used();
                (new Service())->run();
                """);
        write("vendor/pkg/lib.php", "<?php\nfunction vendor_only(): void {}\n");
    }

    /** "file:line rule" of each finding of the JSON report. */
    private static List<String> findings(Cli.Run run) throws IOException {
        List<String> out = new ArrayList<>();
        for (JsonNode f : JSON.readTree(run.out()).at("/findings")) {
            out.add(f.get("file").asText() + ":" + f.get("line").asInt() + " " + f.get("rule").asText());
        }
        return out;
    }

    @Test
    void reportsUnusedPublicCodeOnlyWhenAsked() throws IOException {
        Cli.Run plain = Cli.run(dir, "analyse", "--format", "json", "--no-cache");
        assertEquals(List.of(), findings(plain), "a stale comment naming a project rule is judged only when it runs");

        Cli.Run run = Cli.run(dir, "analyse", "--format", "json", "--no-cache", "--find-dead-code");
        assertEquals(0, run.code(), run.err());
        assertEquals(List.of(
                "src/lib.php:3 UnusedFunction",
                "src/lib.php:6 UnusedFunction",
                "src/lib.php:9 PossiblyUnusedMethod",
                "src/lib.php:11 UnusedSuppression"), findings(run),
                "kept_fn is suppressed; the comment above also_used hides nothing; vendor/ is never reported");
    }

    @Test
    void configKeysTurnTheModeOnAndListEntryPoints() throws IOException {
        write("argus.json", """
                {"findDeadCode": true, "entryPoints": ["hook_*", "Service::stale"]}
                """);
        Cli.Run run = Cli.run(dir, "analyse", "--format", "json", "--no-cache");
        assertEquals(List.of("src/lib.php:3 UnusedFunction", "src/lib.php:11 UnusedSuppression"), findings(run));

        Cli.Run off = Cli.run(dir, "analyse", "--format", "json", "--no-cache", "--disable", "UnusedFunction");
        assertEquals(List.of("src/lib.php:11 UnusedSuppression"), findings(off));
    }

    @Test
    void badEntryPointsStopTheRun() throws IOException {
        write("argus.json", "{\"entryPoints\": [\"Service->run\"]}");
        Cli.Run run = Cli.run(dir, "analyse", "--find-dead-code");
        assertEquals(2, run.code());
        assertTrue(run.errLines().get(0).startsWith("argus: argus.json: entryPoints[0]: 'Service->run' is not a symbol name"),
                run.err());
    }

    @Test
    void cachedRunsAndThreadCountsGiveTheSameReport() throws IOException {
        String cache = dir.resolve("cache").toString();
        Cli.Run cold = Cli.run(dir, "analyse", "--find-dead-code", "--cache-dir", cache, "--threads", "1");
        Cli.Run warm = Cli.run(dir, "analyse", "--find-dead-code", "--cache-dir", cache, "--threads", "3");
        assertEquals(cold.stableOut(), warm.stableOut());
        assertTrue(cold.out().contains("unused_fn"), cold.out());

        // An edit in one file changes another file's project findings, though that file's cache entry is warm.
        write("src/app.php", "<?php\nused_fn();\nunused_fn();\nalso_used();\n(new Service())->run();\n");
        Cli.Run edited = Cli.run(dir, "analyse", "--find-dead-code", "--cache-dir", cache);
        Cli.Run fresh = Cli.run(dir, "analyse", "--find-dead-code", "--no-cache");
        assertEquals(fresh.stableOut(), edited.stableOut());
        assertTrue(!edited.out().contains("unused_fn"), edited.out());
    }
}
