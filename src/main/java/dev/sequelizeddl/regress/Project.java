package dev.sequelizeddl.regress;

import dev.sequelizeddl.ddl.Dialect;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One sample project of a regression run: {@code dir/models/} (the model files) and
 * {@code dir/expected/<dialect>.sql|.error}, checked for {@code dialects}; or a script project: a
 * provider script {@code dir/load.ts|load.js} (the Node providers' "As JS/TS Script", {@code run}) and
 * {@code dir/expected.out}, what it prints (the script chooses its dialect).
 *
 * @param name     how reports name it: the folder name, or the path as the manifest wrote it
 * @param script   the script of a script project, else null (then {@code dialects} are checked)
 */
public record Project(String name, Path dir, List<Dialect> dialects, Path script) {
    /** The script names a folder is a script project by (the first one present), when it has no {@code expected/}. */
    static final List<String> SCRIPTS = List.of("load.ts", "load.js");
    /** A script project's expected output, with {@code $SCRIPT} for the script's folder. */
    public static final String EXPECTED_OUT = "expected.out";
    public static final String SCRIPT_DIR = "$SCRIPT";

    public Project {
        dialects = List.copyOf(dialects);
    }

    public Project(String name, Path dir, List<Dialect> dialects) {
        this(name, dir, dialects, null);
    }

    /** How many checks the project makes: one per dialect, or one for its script. */
    public int runs() {
        return script != null ? 1 : dialects.size();
    }

    /** A folder with {@code load.ts} or {@code load.js} and no {@code expected/} folder: its script, else null. */
    static Path scriptOf(Path dir) {
        if (Files.isDirectory(dir.resolve("expected"))) return null;
        for (String name : SCRIPTS) {
            if (Files.isRegularFile(dir.resolve(name))) return dir.resolve(name);
        }
        return null;
    }

    /** The project of folder {@code dir}: a script project, or a models project checked for the given dialects. */
    static Project of(String name, Path dir, List<Dialect> dialects) {
        Path script = scriptOf(dir);
        return script != null ? new Project(name, dir, List.of(), script) : new Project(name, dir, dialects);
    }

    static boolean isProject(Path dir) {
        return Files.isDirectory(dir.resolve("models")) || scriptOf(dir) != null;
    }

    public Path models() {
        return dir.resolve("models");
    }

    public Path expected() {
        return dir.resolve("expected");
    }

    /** The dialects that have an expected {@code .sql} or {@code .error} file, in {@link Dialect} order. */
    static List<Dialect> expectedDialects(Path dir) {
        List<Dialect> out = new ArrayList<>();
        for (Dialect d : Dialect.values()) {
            Path e = dir.resolve("expected");
            if (Files.isRegularFile(e.resolve(d.id() + ".sql")) || Files.isRegularFile(e.resolve(d.id() + ".error"))) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * The projects of {@code input}: a folder's subfolders that hold {@code models/} or are script
     * projects (byte order of names), or the lines of a manifest file. {@code only}, when not empty, are
     * the dialects to run (else each project's expected files decide); script projects always run.
     *
     * @throws IllegalArgumentException for an input that is neither, or a bad manifest line
     */
    public static List<Project> discover(Path input, List<Dialect> only) throws IOException {
        if (Files.isDirectory(input)) {
            List<Project> projects = new ArrayList<>();
            try (Stream<Path> dirs = Files.list(input)) {
                for (Path dir : dirs.filter(Project::isProject)
                        .sorted(Comparator.comparing(p -> p.getFileName().toString(), Project::compareUtf8)).toList()) {
                    projects.add(of(dir.getFileName().toString(), dir, only.isEmpty() ? expectedDialects(dir) : only));
                }
            }
            if (projects.isEmpty() && isProject(input)) {
                // the input is itself one project
                projects.add(of(input.getFileName() == null ? input.toString() : input.getFileName().toString(),
                        input, only.isEmpty() ? expectedDialects(input) : only));
            }
            return projects;
        }
        if (Files.isRegularFile(input)) {
            return manifest(input, only);
        }
        throw new IllegalArgumentException("no such folder or manifest file: " + input);
    }

    /**
     * A manifest: one project a line, {@code <folder> [dialect ...]} (dialects separated by blanks
     * or commas; none = every dialect with an expected file), folders relative to the manifest's
     * folder; blank lines and lines starting with {@code #} are skipped.
     */
    static List<Project> manifest(Path file, List<Dialect> only) throws IOException {
        Path base = file.toAbsolutePath().getParent();
        List<Project> projects = new ArrayList<>();
        int lineNo = 0;
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] words = line.split("[\\s,]+");
            Path dir = base.resolve(words[0]).normalize();
            if (!isProject(dir)) {
                throw new IllegalArgumentException(file + ":" + lineNo + ": " + words[0] + " has no models/ folder (nor a load.ts / load.js script)");
            }
            if (scriptOf(dir) != null) {
                if (words.length > 1) {
                    throw new IllegalArgumentException(file + ":" + lineNo + ": " + words[0] + " is a script project (its script chooses the dialect): no dialects");
                }
                projects.add(of(words[0], dir, List.of()));
                continue;
            }
            Set<Dialect> dialects = new LinkedHashSet<>();
            for (int i = 1; i < words.length; i++) {
                try {
                    dialects.add(Dialect.of(words[i]));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + ":" + lineNo + ": " + e.getMessage());
                }
            }
            List<Dialect> chosen = dialects.isEmpty() ? expectedDialects(dir) : List.copyOf(dialects);
            if (!only.isEmpty()) chosen = chosen.stream().filter(only::contains).toList();
            projects.add(new Project(words[0], dir, chosen));
        }
        return projects;
    }

    static int compareUtf8(String a, String b) {
        return java.util.Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
