package dev.sequelizeddl.regress;

import dev.sequelizeddl.cli.ExitCode;
import dev.sequelizeddl.cli.Main;
import dev.sequelizeddl.ddl.Dialect;
import dev.sequelizeddl.regress.Outcome.Status;
import static dev.sequelizeddl.regress.ExpectedFile.*;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Runs many projects in one JVM: every load is the {@code load} command run in-process, with a fresh
 * GraalJS context of the JVM's one shared engine (ModelLoader, ShimRuntime), projects run on {@code jobs} threads, the dialects of a project one after
 * the other. Compares like the golden tests: notes stripped off expected {@code .sql}, an expected
 * {@code .error} must be a model error (exit 1) whose line contains its text.
 */
public final class RegressRunner {
    private static final Pattern LOCATION = Pattern.compile("^[^\\s:]+(?::\\d+){1,2}: ");

    private final String timeoutSeconds;
    private final int jobs;
    private final boolean update;

    /** One actual result: DDL (with the final newline the CLI prints) or the error line and its exit code. */
    record Actual(String ddl, String error, ExitCode code, List<String> log) {}

    public RegressRunner(Path cwd, Duration timeLimit, int jobs, boolean update) {
        this.timeoutSeconds = BigDecimal.valueOf(timeLimit.toMillis()).movePointLeft(3).toPlainString();
        this.jobs = Math.max(1, jobs);
        this.update = update;
    }

    /**
     * Runs every project; {@code progress} is told about each finished outcome (from worker threads,
     * one at a time). Outcomes come back in project order, dialects in the project's order.
     */
    public List<Outcome> run(List<Project> projects, Consumer<Outcome> progress) {
        Consumer<Outcome> sink = o -> {
            synchronized (this) {
                progress.accept(o);
            }
        };
        if (jobs == 1 || projects.size() < 2) {
            List<Outcome> out = new ArrayList<>();
            for (Project p : projects) out.addAll(runProject(p, sink));
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, projects.size()), r -> {
            Thread t = new Thread(r, "regress");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<Outcome>>> futures = new ArrayList<>();
            for (Project p : projects) futures.add(pool.submit(() -> runProject(p, sink)));
            List<Outcome> out = new ArrayList<>();
            for (Future<List<Outcome>> f : futures) {
                try {
                    out.addAll(f.get());
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    List<Outcome> runProject(Project project, Consumer<Outcome> progress) {
        List<Outcome> out = new ArrayList<>();
        if (project.script() != null) {
            Outcome o = checkScript(project);
            out.add(o);
            progress.accept(o);
            return out;
        }
        for (Dialect d : project.dialects()) {
            Outcome o = check(project, d);
            out.add(o);
            progress.accept(o);
        }
        return out;
    }

    Outcome check(Project project, Dialect dialect) {
        long start = System.nanoTime();
        Actual actual = produce(project, dialect);
        long millis = (System.nanoTime() - start) / 1_000_000;
        Path sqlFile = project.expected().resolve(dialect.id() + ".sql");
        Path errorFile = project.expected().resolve(dialect.id() + ".error");
        try {
            Outcome o;
            if (Files.isRegularFile(sqlFile)) {
                String expectedText = Files.readString(sqlFile, StandardCharsets.UTF_8);
                // `$MODELS` in atlas:pos lines (TypeScript projects) stands for the absolute models folder.
                String expected = stripNotes(expectedText).replace(MODELS, absoluteModels(project));
                String actualText = actual.ddl() != null ? actual.ddl() : "";
                String diff = UnifiedDiff.diff("expected/" + dialect.id() + ".sql", expected,
                        actual.ddl() != null ? "actual" : "actual (load failed: " + actual.error() + ")", actualText);
                if (diff.isEmpty() && actual.ddl() != null) {
                    List<String> logged = loggedLines(expectedText);
                    if (!isSubsequence(logged, actual.log())) {
                        diff = "--- expected log lines\n+++ actual log lines\n"
                                + UnifiedDiff.diff("expected log", join(logged), "actual log", join(actual.log()))
                                        .lines().skip(2).map(l -> l + "\n").reduce("", String::concat);
                    }
                }
                o = new Outcome(project, dialect, diff.isEmpty() ? Status.PASS : Status.DRIFT, millis, "sql", actual.error(), diff);
            } else if (Files.isRegularFile(errorFile)) {
                String message = Files.readString(errorFile, StandardCharsets.UTF_8).strip();
                boolean ok = actual.ddl() == null && actual.code() == ExitCode.MODEL_ERROR && actual.error().contains(message);
                String diff = ok ? "" : UnifiedDiff.diff("expected/" + dialect.id() + ".error", message + "\n",
                        "actual", actual.ddl() != null ? actual.ddl() : actual.error() + "\n");
                o = new Outcome(project, dialect, ok ? Status.PASS : Status.DRIFT, millis, "error", actual.error(), diff);
            } else {
                o = new Outcome(project, dialect, Status.MISSING, millis, null, actual.error(), "");
            }
            if (update && o.failed()) {
                o = write(o, actual, sqlFile, errorFile);
            }
            return o;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A script project: {@code run <script>} in-process, its stdout compared with {@code expected.out}
     * ({@code $SCRIPT/} there stands for the script's folder, as in the {@code -- atlas:pos} lines of a
     * TypeScript script). A failed run is a drift (with its error line); --update writes what a successful
     * run printed.
     */
    Outcome checkScript(Project project) {
        long start = System.nanoTime();
        Actual actual = execute(List.of("run", project.script().toString(), "--timeout", timeoutSeconds));
        long millis = (System.nanoTime() - start) / 1_000_000;
        String folder = project.dir().toAbsolutePath().normalize() + "/";
        Path expectedFile = project.dir().resolve(Project.EXPECTED_OUT);
        try {
            Outcome o;
            if (Files.isRegularFile(expectedFile)) {
                String expected = Files.readString(expectedFile, StandardCharsets.UTF_8).replace(Project.SCRIPT_DIR + "/", folder);
                String diff = UnifiedDiff.diff(Project.EXPECTED_OUT, expected,
                        actual.ddl() != null ? "actual" : "actual (run failed: " + actual.error() + ")",
                        actual.ddl() != null ? actual.ddl() : "");
                o = new Outcome(project, null, diff.isEmpty() ? Status.PASS : Status.DRIFT, millis, "out", actual.error(), diff);
            } else {
                o = new Outcome(project, null, Status.MISSING, millis, null, actual.error(), "");
            }
            if (update && o.failed() && actual.ddl() != null) {
                Files.writeString(expectedFile, actual.ddl().replace(folder, Project.SCRIPT_DIR + "/"), StandardCharsets.UTF_8);
                o = new Outcome(project, null, Status.UPDATED, millis, o.expected(), o.message(), o.diff());
            }
            return o;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * --update: the expected file becomes what the tool printed. An expected .sql keeps its note
     * lines (they document deliberate differences and the log lines to expect); a model error
     * becomes {@code <dialect>.error} (message without its file location). Other failures (usage,
     * unsupported, internal) are not written: the outcome stays DRIFT/MISSING.
     */
    private Outcome write(Outcome o, Actual actual, Path sqlFile, Path errorFile) throws IOException {
        Files.createDirectories(sqlFile.getParent());
        if (actual.ddl() != null) {
            String notes = Files.isRegularFile(sqlFile) ? notes(Files.readString(sqlFile, StandardCharsets.UTF_8)) : "";
            Files.writeString(sqlFile, notes + portable(actual.ddl(), absoluteModels(o.project())), StandardCharsets.UTF_8);
            Files.deleteIfExists(errorFile);
        } else if (actual.code() == ExitCode.MODEL_ERROR) {
            Files.writeString(errorFile, LOCATION.matcher(actual.error()).replaceFirst("") + "\n", StandardCharsets.UTF_8);
            Files.deleteIfExists(sqlFile);
        } else {
            return o;
        }
        return new Outcome(o.project(), o.dialect(), Status.UPDATED, o.millis(), o.expected(), o.message(), o.diff());
    }

    /**
     * What {@code load} prints: the {@code load} command itself runs in-process (so regress compares
     * exactly its output and errors), sharing this JVM's engine with a fresh context per load.
     * DDL is stdout; on failure, the error is the last stderr line and the exit code says its kind.
     */
    Actual produce(Project project, Dialect dialect) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "load", "--path", project.models().toString(), "--dialect", dialect.id(), "--timeout", timeoutSeconds));
        try {
            args.addAll(ExpectedFile.loadArgs(project.dir()));
        } catch (java.io.IOException e) {
            return new Actual(null, project.dir().resolve(ExpectedFile.LOAD_ARGS) + ": " + e.getMessage(), ExitCode.USAGE, List.of());
        }
        return execute(args);
    }

    /** One command of this tool run in-process: stdout on success, else the last stderr line and the exit code's kind. */
    private static Actual execute(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try {
            code = Main.newCommandLine(new PrintWriter(out), new PrintWriter(err)).execute(args.toArray(String[]::new));
        } catch (StackOverflowError e) {
            // one project must not end the whole run
            return new Actual(null, "internal error: " + e, ExitCode.INTERNAL, List.of());
        }
        List<String> errLines = err.toString().lines().toList();
        if (code == ExitCode.OK.code()) {
            return new Actual(out.toString(), null, ExitCode.OK, errLines);
        }
        ExitCode kind = ExitCode.INTERNAL;
        for (ExitCode c : ExitCode.values()) {
            if (c.code() == code) kind = c;
        }
        String line = errLines.isEmpty() ? "exit code " + code : errLines.getLast();
        return new Actual(null, oneLine(line), kind, errLines);
    }

    /** The placeholder expected files use for the absolute models folder (as the golden tests do). */

    static String absoluteModels(Project project) {
        return project.models().toAbsolutePath().normalize().toString();
    }

    /** The absolute models folder in {@code -- atlas:pos} lines back to {@code $MODELS}, so expected files move with the project. */
    static String portable(String ddl, String models) {
        StringBuilder sb = new StringBuilder();
        for (String line : ddl.split("\n", -1)) {
            if (sb.length() > 0) sb.append('\n');
            sb.append(line.startsWith(ATLAS_POS) ? line.replace(models, MODELS) : line);
        }
        return sb.toString();
    }

    static String oneLine(String message) {
        if (message == null || message.isBlank()) return "error";
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static String join(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) sb.append(l).append('\n');
        return sb.toString();
    }
}
