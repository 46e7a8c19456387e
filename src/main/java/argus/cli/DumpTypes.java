package argus.cli;

import argus.ast.ParseResult;
import argus.config.PhpVersionRange;
import argus.diag.Finding;
import argus.driver.Analysis;
import argus.driver.FileSet;
import argus.driver.Progress;
import argus.flow.TypeDump;
import argus.flow.TypeEnv;
import argus.index.Builtins;
import argus.index.SymbolIndex;
import argus.cache.ResultCache;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * `analyse --dump-types FILE:LINE`: the flow analysis of one file, with the declarations of
 * every file the run would analyse, so that the types are those the rules see.
 */
final class DumpTypes {
    final String file;
    final int line;

    private DumpTypes(String file, int line) {
        this.file = file;
        this.line = line;
    }

    /** Reads the option's value; a malformed one is a usage error, before any work. */
    static DumpTypes parse(Path cwd, String spec) {
        int colon = spec.lastIndexOf(':');
        String where = colon > 0 ? spec.substring(colon + 1) : "";
        if (colon <= 0 || !where.matches("[0-9]{1,9}") || Integer.parseInt(where) < 1) {
            throw new UsageException("--dump-types needs FILE:LINE with a line number from 1, not '" + spec + "'");
        }
        String file = spec.substring(0, colon);
        if (!java.nio.file.Files.isRegularFile(cwd.resolve(file))) {
            throw new UsageException("--dump-types: no such file: " + file);
        }
        return new DumpTypes(file, Integer.parseInt(where));
    }

    int run(Io io, List<FileSet.Entry> files, List<FileSet.Entry> declarationsOnly, int workers,
            PhpVersionRange versions) throws java.io.IOException {
        List<FileSet.Entry> all = new ArrayList<>(files);
        FileSet.Entry target;
        try {
            target = FileSet.expand(io.cwd(), List.of(file), List.of()).files().get(0);
        } catch (FileSet.InputException e) {
            throw new UsageException("--dump-types: " + e.getMessage());
        }
        Path wanted = target.path().toAbsolutePath().normalize();
        if (all.stream().noneMatch(e -> e.path().toAbsolutePath().normalize().equals(wanted))) {
            all.add(target);
        }
        AtomicReference<List<String>> dump = new AtomicReference<>();
        Analysis.FileAnalyzer analyzer = new Analysis.FileAnalyzer() {
            @Override
            public boolean needsIndex() {
                return true;
            }

            @Override
            public List<Finding> analyse(ParseResult parsed, SymbolIndex index) {
                if (parsed.source().path().equals(target.display())) {
                    List<String> lines = TypeDump.at(parsed, new TypeEnv(index, Builtins.get(), versions), line);
                    dump.set(lines == null ? List.of() : lines);
                }
                return List.of();
            }
        };
        Analysis.Result result = Analysis.run(all, declarationsOnly, workers, Progress.NONE, analyzer,
                ResultCache.disabled());
        for (Analysis.Failure f : result.failures()) {
            if (f.file().equals(target.display())) {
                io.err().println("argus: internal error while analysing " + f.file() + ": " + Main.describe(f.error())
                        + "; " + Main.REPORT_HINT);
                Main.debug(io.err(), f.error());
                return Main.INTERNAL;
            }
        }
        List<String> lines = dump.get();
        if (lines == null || lines.isEmpty()) {
            throw new UsageException("--dump-types: no statement at " + target.display() + ":" + line);
        }
        io.out().write((String.join("\n", lines) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        io.out().flush();
        return Main.OK;
    }
}
