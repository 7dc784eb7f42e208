package dev.sequelizeddl.cli;

import dev.sequelizeddl.ddl.Dialect;
import dev.sequelizeddl.regress.Outcome;
import dev.sequelizeddl.regress.Project;
import dev.sequelizeddl.regress.RegressRunner;
import dev.sequelizeddl.regress.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code regress INPUT}: many projects in one JVM, each compared with its expected files.
 * Exit 0 when everything matched (or was updated), 1 when anything drifted or has no expected file.
 */
@Command(name = "regress",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Loads many projects in one JVM and compares each project's DDL with its expected/<dialect>.sql "
                    + "(or .error) files.",
            "INPUT is a folder whose subfolders hold models/ and expected/, or a manifest file: one "
                    + "'<folder> [dialect...]' a line, folders relative to the manifest.",
            "A folder with load.ts or load.js and no expected/ is a script project: 'run <script>' must print "
                    + "its expected.out ($SCRIPT = the folder)."})
public final class RegressCommand implements Callable<Integer> {
    enum Progress { auto, always, never }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INPUT", description = "Folder of projects, or a manifest file.")
    String input;

    @Option(names = "--dialect", paramLabel = "DIALECT", split = ",",
            description = "Only these dialects (repeatable or comma-separated; default: each project's expected files).")
    List<String> dialects = new ArrayList<>();

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Projects run in parallel (default: the number of CPUs).")
    Integer jobs;

    @Option(names = "--report", paramLabel = "FILE", description = "Write a JSON report (status, time and diff per project and dialect).")
    String report;

    @Option(names = "--update", description = "Rewrite the expected files that differ (note lines are kept; other dialects are not touched).")
    boolean update;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "CPU time the model files of one load may take (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto",
            description = "Progress bar on stderr: ${COMPLETION-CANDIDATES} (auto: when stderr is a terminal).")
    Progress progress;

    @Override
    public Integer call() {
        Set<Dialect> only = new LinkedHashSet<>();
        for (String d : dialects) {
            if (!LoadCommand.DIALECTS.contains(d)) {
                throw ToolException.usage("unknown dialect '" + d + "' (expected one of " + String.join(", ", LoadCommand.DIALECTS) + ")");
            }
            only.add(Dialect.of(d));
        }
        if (!(timeoutSeconds > 0) || timeoutSeconds > 24 * 3600) {
            throw ToolException.usage("--timeout must be a number of seconds above 0");
        }
        int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (threads < 1 || threads > 256) {
            throw ToolException.usage("--jobs must be between 1 and 256");
        }
        Path in;
        try {
            in = Path.of(input);
        } catch (InvalidPathException e) {
            throw ToolException.usage("invalid path: " + input);
        }
        List<Project> projects;
        try {
            projects = Project.discover(in, List.copyOf(only));
        } catch (IllegalArgumentException e) {
            throw ToolException.usage(e.getMessage());
        } catch (IOException e) {
            throw ToolException.usage("cannot read " + input + ": " + e.getMessage());
        }
        if (projects.isEmpty()) {
            throw ToolException.usage("no projects (subfolders with models/, or with a load.ts / load.js script) in " + input);
        }
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        for (Project p : projects) {
            if (p.runs() == 0) {
                err.println("regress: " + p.name() + ": no expected files (run with --dialect and --update to create them)");
            }
        }
        int total = projects.stream().mapToInt(Project::runs).sum();
        ProgressBar bar = new ProgressBar(err, total, showProgress());
        RegressRunner runner = new RegressRunner(Path.of("").toAbsolutePath(),
                Duration.ofMillis(Math.round(timeoutSeconds * 1000)), threads, update);
        long start = System.nanoTime();
        List<Outcome> outcomes = runner.run(projects, bar::done);
        long millis = (System.nanoTime() - start) / 1_000_000;
        bar.finish();

        for (Outcome o : outcomes) {
            if (o.status() == Outcome.Status.DRIFT || o.status() == Outcome.Status.UPDATED) {
                out.println("== " + o.project().name() + " " + o.target() + ": "
                        + o.status().name().toLowerCase(Locale.ROOT));
                out.print(o.diff());
            } else if (o.status() == Outcome.Status.MISSING) {
                out.println("== " + o.project().name() + " " + o.target() + ": no expected file"
                        + (o.message() != null ? " (load failed: " + o.message() + ")" : ""));
            }
        }
        out.print(Report.table(projects, outcomes, millis, threads));
        out.flush();
        if (report != null) {
            try {
                Report.write(Path.of(report), Report.json(in, outcomes, millis, threads, update));
            } catch (IOException | InvalidPathException e) {
                throw ToolException.usage("cannot write the report " + report + ": " + e.getMessage());
            }
        }
        boolean drifted = outcomes.stream().anyMatch(Outcome::failed);
        return drifted ? ExitCode.MODEL_ERROR.code() : ExitCode.OK.code();
    }

    private boolean showProgress() {
        return switch (progress) {
            case always -> true;
            case never -> false;
            case auto -> isTerminal();
        };
    }

    /** System.console() is a terminal (Console.isTerminal() on Java 22+; on 21 a console means one). */
    static boolean isTerminal() {
        java.io.Console console = System.console();
        if (console == null) return false;
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** {@code [#####-----]  12/57  c12-foo mysql}, redrawn in place on stderr. */
    static final class ProgressBar {
        private static final int WIDTH = 30;
        private final PrintWriter err;
        private final int total;
        private final boolean enabled;
        private int done;
        private int failed;
        private int lastLength;

        ProgressBar(PrintWriter err, int total, boolean enabled) {
            this.err = err;
            this.total = total;
            this.enabled = enabled;
        }

        synchronized void done(Outcome o) {
            done++;
            if (o.failed()) failed++;
            if (!enabled) return;
            int filled = total == 0 ? WIDTH : done * WIDTH / total;
            String line = "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total
                    + (failed > 0 ? " (" + failed + " drifted)" : "") + "  " + o.project().name() + " " + o.target();
            String padded = line.length() < lastLength ? line + " ".repeat(lastLength - line.length()) : line;
            lastLength = line.length();
            err.print("\r" + padded);
            err.flush();
        }

        synchronized void finish() {
            if (enabled && lastLength > 0) {
                err.print("\r" + " ".repeat(lastLength) + "\r");
                err.flush();
            }
        }
    }
}
