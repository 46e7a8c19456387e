package argus.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSetTest {
    @TempDir
    Path dir;

    private void touch(String... paths) throws IOException {
        for (String p : paths) {
            Path f = dir.resolve(p);
            Files.createDirectories(f.getParent());
            Files.writeString(f, "<?php\n");
        }
    }

    private List<String> expand(List<String> paths, String... excludes) throws FileSet.InputException {
        return FileSet.expand(dir, paths, List.of(excludes)).files().stream().map(FileSet.Entry::display).toList();
    }

    @Test
    void walksFoldersForPhpFilesInSortedOrder() throws Exception {
        touch("src/b.php", "src/a/z.php", "src/a/b.php", "src/A.php", "src/notes.txt", "src/page.phtml", "top.php");
        assertEquals(List.of("src/A.php", "src/a/b.php", "src/a/z.php", "src/b.php", "top.php"), expand(List.of(".")));
    }

    @Test
    void orderDoesNotDependOnArgumentOrder() throws Exception {
        touch("x/1.php", "y/2.php", "z/3.php");
        assertEquals(expand(List.of("x", "y", "z")), expand(List.of("z", "x", "y")));
    }

    @Test
    void excludesMatchPathsRelativeToTheGivenFolder() throws Exception {
        touch("app/src/a.php", "app/vendor/lib/b.php", "app/tests/t.php", "app/src/tests/u.php",
                "app/src/view.tpl.php");
        assertEquals(List.of("app/src/a.php"),
                expand(List.of("app"), "vendor/**", "**/tests/**", "*.tpl.php"));
    }

    @Test
    void namedFilesAreTakenWhateverTheirExtensionAndExcludes() throws Exception {
        touch("vendor/legacy.inc", "vendor/x.php");
        assertEquals(List.of("vendor/legacy.inc", "vendor/x.php"),
                expand(List.of("vendor/legacy.inc", "vendor/x.php"), "vendor/**"));
    }

    @Test
    void aFileReachedTwiceIsListedOnce() throws Exception {
        touch("src/a.php", "src/b.php");
        assertEquals(List.of("src/a.php", "src/b.php"), expand(List.of("src", "src/a.php", "./src/../src")));
    }

    @Test
    void symlinkLoopsEndAndEachFolderIsWalkedOnce() throws Exception {
        touch("root/a/x.php", "root/b.php");
        Files.createSymbolicLink(dir.resolve("root/a/loop"), dir.resolve("root"));
        Files.createSymbolicLink(dir.resolve("root/again"), dir.resolve("root/a"));
        Files.createSymbolicLink(dir.resolve("root/self"), Path.of("."));
        // "again" is a second route into "a": names are walked in order, so "a" wins on every machine.
        assertEquals(List.of("root/a/x.php", "root/b.php"), expand(List.of("root")));
    }

    @Test
    void namedFifoIsAnInputErrorNotAHang() throws Exception {
        Path fifo = dir.resolve("pipe.php");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(p.waitFor() == 0 && Files.exists(fifo), "mkfifo is available");
        assertThrows(FileSet.InputException.class, () -> expand(List.of("pipe.php")));
        assertEquals(List.of(), expand(List.of(".")));
    }

    @Test
    void versionControlFoldersAreNotWalked() throws Exception {
        touch(".git/hooks/h.php", "src/.svn/x.php", "src/a.php");
        assertEquals(List.of("src/a.php"), expand(List.of(".")));
    }

    @Test
    void missingPathIsAnInputError() {
        FileSet.InputException e = assertThrows(FileSet.InputException.class, () -> expand(List.of("nope")));
        assertEquals("no such file or folder: nope", e.getMessage());
    }

    @Test
    void brokenLinkNamedExplicitlyIsAnInputError() throws Exception {
        Files.createSymbolicLink(dir.resolve("dangling.php"), dir.resolve("gone.php"));
        assertThrows(FileSet.InputException.class, () -> expand(List.of("dangling.php")));
    }

    @Test
    void brokenLinksInsideFoldersAreSkipped() throws Exception {
        touch("src/a.php");
        Files.createSymbolicLink(dir.resolve("src/dangling.php"), dir.resolve("gone.php"));
        assertEquals(List.of("src/a.php"), expand(List.of("src")));
    }

    @Test
    void displayPathIsRelativeBelowTheWorkingFolderElseAbsolute() {
        Path cwd = dir.resolve("project");
        assertEquals("src/a.php", FileSet.display(cwd, cwd.resolve("src/a.php")));
        assertEquals("src/a.php", FileSet.display(cwd, Path.of("src/a.php")));
        assertEquals(dir.resolve("other/b.php").toString(), FileSet.display(cwd, dir.resolve("other/b.php")));
        assertEquals(dir.resolve("other/b.php").toString(), FileSet.display(cwd, Path.of("../other/b.php")));
    }
}
