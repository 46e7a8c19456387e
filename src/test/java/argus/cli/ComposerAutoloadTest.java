package argus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `argus analyse src/` in a composer project knows the declarations of its autoload paths and vendor folder. */
class ComposerAutoloadTest {
    @TempDir
    Path dir;

    private void write(String path, String content) throws IOException {
        Path f = dir.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, content);
    }

    @Test
    void autoloadPathsAndVendorAreReadForDeclarationsButNeverReported() throws IOException {
        write("composer.json", """
                {"autoload": {"psr-4": {"Lib\\\\": "lib/"}, "files": ["helpers/functions.php"]},
                 "autoload-dev": {"classmap": ["tests/fixtures"]}}
                """);
        write("src/App.php", """
                <?php
                namespace App;
                use Lib\\Money;
                use Dep\\Client;
                function run(): void {
                    $m = new Money();
                    $c = new Client();
                    format_money($m);
                    new \\FixtureThing();
                    missing_everywhere();
                }
                """);
        write("lib/Money.php", "<?php\nnamespace Lib;\nclass Money {}\nundefined_in_lib();\n");
        write("helpers/functions.php", "<?php\nfunction format_money($m) { return ''; }\n");
        write("tests/fixtures/thing.php", "<?php\nclass FixtureThing {}\n");
        write("vendor/dep/src/Client.php", "<?php\nnamespace Dep;\nclass Client {}\nalso_undefined();\n");

        Cli.Run run = Cli.run(dir, "analyse", "--no-cache", "--format", "json", "src");
        String out = run.stableOut();
        assertEquals(1, run.code(), run.err());
        assertTrue(out.contains("missing_everywhere"), out);
        assertFalse(out.contains("Money") || out.contains("Client") || out.contains("format_money")
                || out.contains("FixtureThing"), "declared in autoload paths or vendor: " + out);
        assertFalse(out.contains("undefined_in_lib") || out.contains("also_undefined"),
                "files outside the analysed paths are not reported: " + out);
        assertTrue(out.contains("\"files\": 1") || out.contains("\"files\":1"), "only src/App.php is counted: " + out);
    }

    @Test
    void withoutComposerJsonOnlyTheAnalysedFilesAreKnown() throws IOException {
        write("src/App.php", "<?php\nnew \\Helper();\n");
        write("lib/Helper.php", "<?php\nclass Helper {}\n");
        String out = Cli.run(dir, "analyse", "--no-cache", "--format", "json", "src").stableOut();
        assertTrue(out.contains("Class Helper does not exist"), out);
    }

    @Test
    void aNameUsedInManyFilesComesFromADependencyNotGiven() throws IOException {
        for (int i = 0; i < 4; i++) {
            write("src/page" + i + ".php", "<?php\necho __('Title');\n$t = new \\TCPDF();\n");
        }
        write("src/one.php", "<?php\necho __('x');\nechoo('typo once');\nnew \\TCPDFF();\n");
        String out = Cli.run(dir, "analyse", "--no-cache", "--format", "json", "src").stableOut();
        assertFalse(out.contains("function __()") || out.contains("Class TCPDF does"), out);
        assertTrue(out.contains("echoo") && out.contains("TCPDFF"), out);
    }
}
