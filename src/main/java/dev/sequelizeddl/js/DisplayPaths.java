package dev.sequelizeddl.js;

import java.nio.file.Path;

/**
 * How error messages name files: relative to the current folder when the file is inside it,
 * otherwise under the models path as the user gave it (so {@code --path ../x/models} shows
 * {@code ../x/models/a.js}), otherwise absolute. Always with {@code /} separators.
 */
public final class DisplayPaths {
    private final Path cwd;
    private final Path given;
    private final Path root;

    /**
     * @param cwd   the current folder, absolute
     * @param given the models path as typed by the user
     * @param root  the same path, absolute and normalised (the name the guest sees)
     */
    public DisplayPaths(Path cwd, Path given, Path root) {
        this.cwd = cwd.toAbsolutePath().normalize();
        this.given = given;
        this.root = root;
    }

    /** The display form of an absolute guest path such as a source name. */
    public String display(String absolutePath) {
        Path p;
        try {
            p = Path.of(absolutePath).normalize();
        } catch (RuntimeException e) {
            return absolutePath;
        }
        if (!p.isAbsolute()) {
            return absolutePath;
        }
        if (p.startsWith(cwd) && !p.equals(cwd)) {
            return slashes(cwd.relativize(p));
        }
        if (p.startsWith(root)) {
            return slashes(given.resolve(root.relativize(p)).normalize());
        }
        return slashes(p);
    }

    /** {@code text} with every absolute path below the models folder in its display form. */
    public String displayAll(String text) {
        String prefix = slashes(root) + "/";
        if (root.getNameCount() == 0 || !text.contains(prefix)) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, from)) {
            int end = at + prefix.length();
            while (end < text.length() && !isPathEnd(text.charAt(end))) {
                end++;
            }
            out.append(text, from, at).append(display(text.substring(at, end)));
            from = end;
        }
        return out.append(text.substring(from)).toString();
    }

    private static boolean isPathEnd(char c) {
        return Character.isWhitespace(c) || c == '\'' || c == '"' || c == '`' || c == ':' || c == ',' || c == ')';
    }

    /** The display form of the models folder itself. */
    public String root() {
        if (root.startsWith(cwd) && !root.equals(cwd)) {
            return slashes(cwd.relativize(root));
        }
        return root.equals(cwd) ? "." : slashes(given);
    }

    private static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }
}
