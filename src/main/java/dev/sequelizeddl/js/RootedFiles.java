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
 * Read-only access to the files below one root folder, for the guest's {@code __host}.
 *
 * <p>A path is allowed when it is absolute, stays below the root after normalisation (no {@code ..}
 * escapes) and, once symlinks are resolved, still lies below the root's real path (no symlinks out).
 */
public final class RootedFiles {
    /** Model files are small; anything bigger is a mistake, not a model. */
    static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    private final Path root;
    private final Path realRoot;

    /** @param root an existing folder; kept as given (absolute, normalised) for the paths the guest sees */
    public RootedFiles(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.realRoot = this.root.toRealPath();
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
        if (!p.startsWith(root) && !p.startsWith(realRoot)) {
            return Optional.empty();
        }
        try {
            Path real = p.toRealPath();
            return real.startsWith(realRoot) ? Optional.of(real) : Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** {@code "file"}, {@code "dir"} or null (missing, something else, or not allowed). */
    public String stat(String path) {
        Optional<Path> real = resolve(path);
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
        Optional<Path> real = resolve(path);
        if (real.isEmpty() || !Files.isRegularFile(real.get(), LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("cannot read '" + path + "': no such file below the models folder");
        }
        if (Files.size(real.get()) > MAX_FILE_BYTES) {
            throw new IOException("cannot read '" + path + "': larger than " + MAX_FILE_BYTES + " bytes");
        }
        // Invalid UTF-8 becomes U+FFFD, as in Node's readFileSync(…, 'utf8'): binary garbage is a syntax error.
        return new String(Files.readAllBytes(real.get()), StandardCharsets.UTF_8);
    }

    /** The names in the folder, in code-point (= UTF-8 byte) order; throws when not allowed or missing. */
    public List<String> listDir(String path) throws IOException {
        Optional<Path> real = resolve(path);
        if (real.isEmpty() || !Files.isDirectory(real.get(), LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("cannot list '" + path + "': no such folder below the models folder");
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
