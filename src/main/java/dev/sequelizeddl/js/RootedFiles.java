package dev.sequelizeddl.js;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Read-only access to the project's files, for the guest's {@code __host}: everything below the
 * models folder (the root), plus what Node's module resolution looks at above it — the
 * {@code node_modules} folder of the root and of each of its ancestors, and each ancestor's
 * {@code package.json} (for {@code "type": "module"}) — and nothing else.
 *
 * <p>A path is allowed when it is absolute, lies in one of those areas after normalisation (no
 * {@code ..} escapes) and, once symlinks are resolved, still lies in one of them (no symlinks out).
 * Every request can be reported to a listener (the CLI's {@code --access-log}).
 */
public final class RootedFiles {
    /** One request of the guest: {@code op} is stat, read or list; {@code outcome} what it got. */
    public record Access(String op, String path, Outcome outcome) {
    }

    /** granted: the file was there and allowed; missing: allowed but absent; denied: outside the project. */
    public enum Outcome { GRANTED, MISSING, DENIED }

    /** Model files are small; anything bigger is a mistake, not a model. */
    static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    private final Path root;
    private final Path realRoot;
    /** The ancestors' node_modules folders (as seen and as real paths; existing ones only). */
    private final List<Path> packageFolders = new ArrayList<>();
    /** The ancestors' package.json files (as seen and as real paths; existing ones only). */
    private final List<Path> packageFiles = new ArrayList<>();
    /** Folders readable as a whole besides the root (--root), as given and as real paths. */
    private final List<Path> trees = new ArrayList<>();
    private volatile java.util.function.Consumer<Access> listener = a -> { };

    /** @param root an existing folder; kept as given (absolute, normalised) for the paths the guest sees */
    public RootedFiles(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.realRoot = this.root.toRealPath();
        // node_modules below the root are inside it already; above it, Node looks in each ancestor.
        for (Path dir : List.of(this.root, realRoot)) {
            for (Path a = dir.getParent(); a != null; a = a.getParent()) {
                addIfPresent(packageFolders, a.resolve("node_modules"), true);
                addIfPresent(packageFiles, a.resolve("package.json"), false);
            }
        }
    }

    private static void addIfPresent(List<Path> into, Path p, boolean folder) {
        // Not through a symlink: a committed `node_modules -> /` would open the whole file system.
        if (folder ? !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) : !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        for (Path q : List.of(p, realOrSelf(p))) {
            if (!into.contains(q)) {
                into.add(q);
            }
        }
    }

    private static Path realOrSelf(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | SecurityException e) {
            return p;
        }
    }

    /**
     * Makes everything below {@code dir} readable too (the project folder around the models, for models that
     * require {@code ../db}); it must contain the root.
     *
     * @throws IOException when {@code dir} is not an existing folder containing the root
     */
    public void allowTree(Path dir) throws IOException {
        Path given = dir.toAbsolutePath().normalize();
        Path real = given.toRealPath();
        if (!Files.isDirectory(real)) {
            throw new IOException(given + " is not a folder");
        }
        if (!realRoot.startsWith(real)) {
            throw new IOException(given + " does not contain " + root);
        }
        trees.add(given);
        trees.add(real);
    }

    /** Reports every later request (one listener; replaces the previous). */
    public void onAccess(java.util.function.Consumer<Access> listener) {
        this.listener = listener == null ? a -> { } : listener;
    }

    private boolean inProject(Path p) {
        if (p.startsWith(root) || p.startsWith(realRoot) || packageFiles.contains(p)) {
            return true;
        }
        for (Path tree : trees) {
            if (p.startsWith(tree)) {
                return true;
            }
        }
        for (Path folder : packageFolders) {
            if (p.startsWith(folder)) {
                return true;
            }
        }
        return false;
    }

    /** The root as the guest sees it: absolute, normalised, {@code /} separators. */
    public Path root() {
        return root;
    }

    /** The real (symlink-free) path for {@code path}, if it is allowed and exists. */
    private Optional<Path> resolve(String path) {
        if (path == null || path.isEmpty() || path.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        Path p;
        try {
            p = Path.of(path);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (!p.isAbsolute()) {
            return Optional.empty();
        }
        p = p.normalize();
        if (!inProject(p)) {
            return Optional.empty();
        }
        try {
            Path real = p.toRealPath();
            return inProject(real) ? Optional.of(real) : Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** Like {@link #resolve}, and reports the request: denied outside the project, missing when absent. */
    private Optional<Path> resolve(String op, String path) {
        Optional<Path> real = resolve(path);
        Outcome outcome;
        if (real.isPresent()) {
            outcome = Outcome.GRANTED;
        } else {
            Path p = null;
            try {
                p = path == null || path.indexOf('\0') >= 0 ? null : Path.of(path);
            } catch (RuntimeException e) {
                // not a path at all
            }
            outcome = p != null && p.isAbsolute() && inProject(p.normalize()) && !Files.exists(p, LinkOption.NOFOLLOW_LINKS)
                    ? Outcome.MISSING : Outcome.DENIED;
        }
        listener.accept(new Access(op, String.valueOf(path), outcome));
        return real;
    }

    /** Whether {@code path} (absolute) lies where model code may read, whether or not it exists; not reported. */
    public boolean readable(String path) {
        try {
            Path p = Path.of(path);
            return p.isAbsolute() && inProject(p.normalize());
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** {@code "file"}, {@code "dir"} or null (missing, something else, or not allowed). */
    public String stat(String path) {
        Optional<Path> real = resolve("stat", path);
        if (real.isEmpty()) {
            return null;
        }
        if (Files.isRegularFile(real.get(), LinkOption.NOFOLLOW_LINKS)) {
            return "file";
        }
        if (Files.isDirectory(real.get(), LinkOption.NOFOLLOW_LINKS)) {
            return "dir";
        }
        return null;
    }

    /** The file's text; throws {@link IOException} with a user-facing message when not allowed or missing. */
    public String readFile(String path) throws IOException {
        Optional<Path> real = resolve("read", path);
        if (real.isEmpty() || !Files.isRegularFile(real.get(), LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("cannot read '" + path + "': no such file in the project (the models folder and node_modules)");
        }
        if (Files.size(real.get()) > MAX_FILE_BYTES) {
            throw new IOException("cannot read '" + path + "': larger than " + MAX_FILE_BYTES + " bytes");
        }
        // Invalid UTF-8 becomes U+FFFD, as in Node's readFileSync(…, 'utf8'): binary garbage is a syntax error.
        return new String(Files.readAllBytes(real.get()), StandardCharsets.UTF_8);
    }

    /** The names in the folder, in code-point (= UTF-8 byte) order; throws when not allowed or missing. */
    public List<String> listDir(String path) throws IOException {
        Optional<Path> real = resolve("list", path);
        if (real.isEmpty() || !Files.isDirectory(real.get(), LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("cannot list '" + path + "': no such folder in the project (the models folder and node_modules)");
        }
        List<String> names = new ArrayList<>();
        try (Stream<Path> entries = Files.list(real.get())) {
            entries.forEach(e -> names.add(e.getFileName().toString()));
        }
        names.sort(RootedFiles::compareUtf8);
        return names;
    }

    /** Orders strings as their UTF-8 bytes would (code point order), unlike {@link String#compareTo}. */
    public static int compareUtf8(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
