package argus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `argus analyse --dump-types FILE:LINE`. */
class DumpTypesTest {
    @TempDir
    Path dir;

    private void write(String path, String content) throws IOException {
        Path f = dir.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, content);
    }

    private static void assertUsageError(Cli.Run run, String expected) {
        assertEquals(2, run.code(), run.err());
        assertEquals(expected, run.errLines().get(0));
        assertEquals(1, run.errLines().size(), run.err());
        assertEquals("", run.out());
    }

    @Test
    void printsTheVariablesBeforeTheStatementAtTheLine() throws IOException {
        write("src/a.php", """
                <?php
                function f(?string $s, int $n) {
                    if ($n > 0) {
                        $list = [1, 2];
                    }
                    if ($s !== null) {
                        echo $s;
                    }
                    return $n;
                }
                """);
        Cli.Run run = Cli.run(dir, "analyse", "--no-cache", "--dump-types", "src/a.php:6", "src");
        assertEquals(0, run.code(), run.err());
        assertEquals("""
                src/a.php:6: before the statement at line 6
                  $list: list{1, 2} (possibly undefined)
                  $n: int
                  $s: ?string
                """, run.out());
        // Inside the if, $s is narrowed; a line in the middle of a statement takes the innermost one spanning it.
        Cli.Run inside = Cli.run(dir, "analyse", "--no-cache", "--dump-types", "src/a.php:7");
        assertEquals(0, inside.code(), inside.err());
        assertEquals("""
                src/a.php:7: before the statement at line 7
                  $list: list{1, 2} (possibly undefined)
                  $n: int
                  $s: string
                """, inside.out());
    }

    @Test
    void typesComeFromTheOtherFilesOfTheRun() throws IOException {
        write("src/Repo.php", """
                <?php
                class Repo { public function find(): ?Item { return null; } }
                class Item {}
                """);
        write("src/use.php", """
                <?php
                $item = (new Repo())->find();
                echo 1;
                """);
        Cli.Run run = Cli.run(dir, "analyse", "--no-cache", "--dump-types", "src/use.php:3", "src");
        assertEquals(0, run.code(), run.err());
        assertEquals("src/use.php:3: before the statement at line 3\n  $item: ?Item\n", run.out());
    }

    @Test
    void unreachableStatementsSaySo() throws IOException {
        write("a.php", "<?php\nfunction g() {\n    return 1;\n    $x = 2;\n}\n");
        Cli.Run run = Cli.run(dir, "analyse", "--no-cache", "--dump-types", "a.php:4");
        assertEquals(0, run.code(), run.err());
        assertEquals("a.php:4: before the statement at line 4: no path reaches it\n", run.out());
    }

    @Test
    void badArgumentsAreOneLineUsageErrors() throws IOException {
        write("a.php", "<?php\n$x = 1;\n\n\n");
        assertUsageError(Cli.run(dir, "analyse", "--dump-types", "a.php"),
                "argus: --dump-types needs FILE:LINE with a line number from 1, not 'a.php'");
        assertUsageError(Cli.run(dir, "analyse", "--dump-types", "a.php:0"),
                "argus: --dump-types needs FILE:LINE with a line number from 1, not 'a.php:0'");
        assertUsageError(Cli.run(dir, "analyse", "--dump-types", "a.php:x"),
                "argus: --dump-types needs FILE:LINE with a line number from 1, not 'a.php:x'");
        assertUsageError(Cli.run(dir, "analyse", "--dump-types", "missing.php:2"),
                "argus: --dump-types: no such file: missing.php");
        assertUsageError(Cli.run(dir, "analyse", "--no-cache", "--dump-types", "a.php:4"),
                "argus: --dump-types: no statement at a.php:4");
    }

    @Test
    void aFileOutsideThePathsIsStillDumped() throws IOException {
        write("lib/a.php", "<?php\n$x = 1;\n$y = $x;\n");
        write("src/b.php", "<?php\necho 1;\n");
        Cli.Run run = Cli.run(dir, "analyse", "--no-cache", "--dump-types", "lib/a.php:3", "src");
        assertEquals(0, run.code(), run.err());
        assertEquals("lib/a.php:3: before the statement at line 3\n  $x: 1\n", run.out());
        assertFalse(run.err().contains("Exception"), run.err());
    }
}
