package argus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import argus.testing.TestPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The same input gives the same report, byte for byte, whatever the thread count. */
class DeterminismTest {
    @TestFactory
    Stream<DynamicTest> sameBytesWithOneAndEightThreads() throws IOException {
        List<Path> projects;
        try (Stream<Path> s = Files.list(TestPaths.testdata("projects"))) {
            projects = s.filter(Files::isDirectory).sorted().toList();
        }
        return projects.stream().flatMap(project -> Stream.of("text", "json", "sarif", "checkstyle", "junit", "github")
                .map(format -> DynamicTest.dynamicTest(project.getFileName() + " " + format, () -> {
                    String one = run(project, format, "1");
                    for (int i = 0; i < 3; i++) {
                        assertEquals(one, run(project, format, "8"));
                    }
                })));
    }

    private static String run(Path project, String format, String threads) {
        Cli.Run run = Cli.run(project, "analyse", "--no-config", "--no-cache", "--format", format, "--threads", threads);
        return run.code() + "\n" + run.stableOut() + "\n" + run.err();
    }
}
