package argus.driver;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files a run looks at, in a deterministic order (sorted by display path).
 * <ul>
 *   <li>A file named on the command line (or in {@code --files-from}) is taken whatever its extension,
 *       and excludes do not apply to it: what is named explicitly is what the user wants checked.</li>
 *   <li>A folder is walked for {@code *.php} files only: {@code .phtml} templates and {@code .inc} files
 *       are often fragments or not PHP at all, so they must be named explicitly.</li>
 *   <li>Excludes are matched against the path relative to the folder given (see {@link Glob}).</li>
 *   <li>Symbolic links are followed, but each folder is walked once (by file key), so loops end;
 *       {@code .git}, {@code .hg} and {@code .svn} folders are never walked.</li>
 *   <li>A folder that cannot be read is skipped with a warning; a path that does not exist is an input error.</li>
 * </ul>
 */
public final class FileSet {
    /** One file: where it is, how reports name it, and its size (for scheduling big files first). */
    public record Entry(Path path, String display, long size) {
    }

    /** A path that makes the run impossible (exit code 2). */
    public static final class InputException extends Exception {
        private static final long serialVersionUID = 1L;

        public InputException(String message) {
            super(message);
        }
    }

    private static final Set<String> VCS_DIRS = Set.of(".git", ".hg", ".svn");

    private final List<Entry> files;
    private final List<String> warnings;

    private FileSet(List<Entry> files, List<String> warnings) {
        this.files = List.copyOf(files);
        this.warnings = List.copyOf(warnings);
    }

    public List<Entry> files() {
        return files;
    }

    /** Folders skipped and other things the user should know, in the order met. */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * Expands {@code paths} (relative ones resolve against {@code cwd}).
     *
     * @throws InputException if a path does not exist
     * @throws IllegalArgumentException if an exclude pattern is malformed
     */
    public static FileSet expand(Path cwd, List<String> paths, List<String> excludes) throws InputException {
        Path base = cwd.toAbsolutePath().normalize();
        List<Glob> globs = new ArrayList<>();
        for (String e : excludes) {
            globs.add(Glob.compile(e));
        }
        Walker walker = new Walker(base, globs);
        for (String p : paths) {
            Path path = base.resolve(p).normalize();
            // One stat per path: a --files-from list names thousands of files, all before any parsing starts.
            BasicFileAttributes attrs = Walker.attributes(path);
            if (attrs != null && attrs.isDirectory()) {
                walker.walk(path);
            } else if (attrs != null && attrs.isRegularFile()) {
                walker.add(path, attrs.size());
            } else if (attrs != null) {
                // A FIFO or a device would block or never end; PHP files are regular files.
                throw new InputException("not a regular file: " + p);
            } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                throw new InputException("broken symbolic link: " + p);
            } else {
                throw new InputException("no such file or folder: " + p);
            }
        }
        List<Entry> sorted = new ArrayList<>(walker.found.values());
        sorted.sort(Comparator.comparing(Entry::display));
        return new FileSet(sorted, walker.warnings);
    }

    /** How reports name a file: relative to {@code cwd} when below it, else absolute; always {@code /}. */
    public static String display(Path cwd, Path file) {
        Path abs = cwd.toAbsolutePath().normalize().resolve(file).normalize();
        Path base = cwd.toAbsolutePath().normalize();
        Path shown = abs.startsWith(base) && !abs.equals(base) ? base.relativize(abs) : abs;
        return shown.toString().replace(shown.getFileSystem().getSeparator(), "/");
    }

    private static final class Walker {
        private final Path cwd;
        private final List<Glob> excludes;
        // Keyed by the normalised absolute path, so "src" and "src/a.php" together give a.php once.
        private final Map<Path, Entry> found = new LinkedHashMap<>();
        private final Set<Object> visitedDirs = new HashSet<>();
        private final List<String> warnings = new ArrayList<>();
        private Path root;

        Walker(Path cwd, List<Glob> excludes) {
            this.cwd = cwd;
            this.excludes = excludes;
        }

        void add(Path file, long size) {
            found.putIfAbsent(file, new Entry(file, shown(file), size));
        }

        /** {@link #display} for a path already absolute and normalised, below the normalised cwd: a list names thousands. */
        private String shown(Path file) {
            Path shown = file.startsWith(cwd) && !file.equals(cwd) ? cwd.relativize(file) : file;
            String text = shown.toString();
            String separator = shown.getFileSystem().getSeparator();
            return separator.equals("/") ? text : text.replace(separator, "/");
        }

        void walk(Path dir) {
            root = dir;
            BasicFileAttributes attrs = attributes(dir);
            if (attrs != null) {
                visit(dir, attrs);
            }
        }

        /**
         * Depth first, entries in name order: when two links lead to one folder, the route that wins
         * (and so the display path) is the same on every machine, whatever order the file system lists.
         */
        private void visit(Path dir, BasicFileAttributes attrs) {
            // A folder seen before, by any route, is not walked again: this ends symlink loops too.
            Object key = attrs.fileKey() != null ? attrs.fileKey() : realPath(dir);
            if (!visitedDirs.add(key)) {
                return;
            }
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
                stream.forEach(entries::add);
            } catch (IOException | DirectoryIteratorException e) {
                IOException io = e instanceof DirectoryIteratorException d ? d.getCause() : (IOException) e;
                warnings.add("skipped folder " + display(cwd, dir) + ": " + reason(io));
                return;
            }
            entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
            for (Path p : entries) {
                BasicFileAttributes a = attributes(p);
                String name = p.getFileName().toString();
                if (a == null || excluded(p)) {
                    continue;
                }
                if (a.isDirectory()) {
                    if (!VCS_DIRS.contains(name)) {
                        visit(p, a);
                    }
                } else if (a.isRegularFile() && name.endsWith(".php")) {
                    add(p, a.size());
                }
            }
        }

        private boolean excluded(Path p) {
            if (excludes.isEmpty()) {
                return false;
            }
            String rel = root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
            for (Glob g : excludes) {
                if (g.matches(rel)) {
                    return true;
                }
            }
            return false;
        }

        /** Attributes through symbolic links; null for a broken link or an entry gone meanwhile. */
        private static BasicFileAttributes attributes(Path p) {
            try {
                return Files.readAttributes(p, BasicFileAttributes.class);
            } catch (IOException e) {
                return null;
            }
        }

        private static Object realPath(Path dir) {
            try {
                return dir.toRealPath();
            } catch (IOException e) {
                return dir;
            }
        }
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
