package dev.sequelizeddl.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.sequelizeddl.cli.Main;

/**
 * {@code test-fixtures/hostile/<name>/}: model folders that each try one hostile thing. {@code expected.txt}:
 * line 1 the exit code, line 2 a text the one stderr line must contain (for exit 0: a text of stdout),
 * optional line 3 extra command-line arguments. Every case runs with {@code --timeout 2} and must finish
 * well within the tool's own limits; nothing outside the models folder may show up in any output.
 */
class HostileInputTest {
    static final Path HOSTILE = Path.of("test-fixtures", "hostile");
    /** Content of test-fixtures/hostile/canary.js(on), outside every models folder. */
    static final String CANARY = "CANARY-6d1f0c";
    /** The hostile cases' CPU limit; wall time may exceed it by the watchdog's reaction time and start-up. */
    static final String TIMEOUT = "2";
    static final long MAX_WALL_MILLIS = 60_000;

    /** @param models the folder loaded; {@code access} the --access-log lines (empty when not asked for) */
    record Run(int code, String out, String err, long millis, Path models, List<String> access) {
    }

    static Run cli(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int code = Main.newCommandLine(new PrintWriter(out), new PrintWriter(err)).execute(args.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString(), (System.nanoTime() - start) / 1_000_000, null, List.of());
    }

    /** {@code load} with an --access-log, so {@link #assertContract} can check what the models touched. */
    static Run loadLogged(Path models, List<String> args) {
        try {
            Path log = Files.createTempFile("access", ".log");
            try {
                List<String> all = new ArrayList<>(args);
                all.addAll(List.of("--access-log", log.toString()));
                Run run = cli(all);
                return new Run(run.code(), run.out(), run.err(), run.millis(), models,
                        Files.readAllLines(log, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The CPU limit also covers the shim's start-up, which is slow in a cold JVM: one untimed load first,
     * so the 2 s of each case are the model's.
     */
    @org.junit.jupiter.api.BeforeAll
    static void warmUp() {
        cli(List.of("load", "--path", "test-fixtures/cases/c02-minimal-user/models", "--dialect", "mysql"));
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(HOSTILE)) {
            return dirs.filter(d -> Files.isDirectory(d.resolve("models")))
                    .map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    static Run load(Path models, String dialect, List<String> extra) {
        List<String> args = new ArrayList<>(List.of("load", "--path", models.toString(), "--dialect", dialect));
        if (!extra.contains("--timeout")) {
            args.addAll(List.of("--timeout", TIMEOUT));
        }
        args.addAll(extra);
        return loadLogged(models, args);
    }

    /** The invariants every run must keep, whatever the input. */
    static void assertContract(String what, Run run) {
        assertTrue(run.code() >= 0 && run.code() <= 3, () -> what + ": exit " + run.code() + ": " + run.err());
        assertTrue(run.millis() < MAX_WALL_MILLIS, () -> what + ": took " + run.millis() + " ms");
        if (run.code() != 0) {
            assertEquals("", run.out(), what + ": stdout must stay empty on failure");
            assertEquals(1, run.err().lines().count(), () -> what + ": one stderr line expected: " + run.err());
        }
        for (String text : List.of(run.out(), run.err())) {
            assertFalse(text.contains(CANARY), () -> what + ": a file outside the models folder was read: " + text);
            assertFalse(text.contains("root:x:0:0"), () -> what + ": /etc/passwd was read: " + text);
        }
        if (run.models() != null) {
            // Every file request the models got answered lies in the models folder (no node_modules here).
            assertFalse(run.access().isEmpty(), () -> what + ": the access log is empty");
            String inside = run.models().toAbsolutePath().normalize() + "/";
            for (String line : run.access()) {
                assertTrue(line.matches("(granted|missing|denied) (stat|read|list) .*"), () -> what + ": access log line " + line);
                String path = line.substring(line.indexOf(' ', line.indexOf(' ') + 1) + 1);
                if (!line.startsWith("denied ")) {
                    assertTrue((path + "/").startsWith(inside), () -> what + ": got at a file outside the models folder: " + line);
                }
            }
        }
    }

    /** The requests the models were refused. */
    static List<String> denied(Run run) {
        return run.access().stream().filter(l -> l.startsWith("denied ")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hostileModelFails(String name) throws IOException {
        Path dir = HOSTILE.resolve(name);
        Path expectedFile = dir.resolve("expected.txt");
        List<String> expected = Files.exists(expectedFile)
                ? Files.readAllLines(expectedFile, StandardCharsets.UTF_8) : List.of("-1", "?");
        int code = Integer.parseInt(expected.get(0).strip());
        String message = expected.get(1).strip();
        List<String> extra = expected.size() > 2 && !expected.get(2).isBlank()
                ? List.of(expected.get(2).strip().split("\\s+")) : List.of();
        Run run = load(dir.resolve("models"), "postgres", extra);
        if (!Files.exists(expectedFile)) {
            System.out.println("ACTUAL " + name + " -> " + run.code() + " | " + run.millis() + " ms | "
                    + run.err().strip() + " | " + run.out().lines().findFirst().orElse(""));
        }
        assertContract(name, run);
        assertEquals(code, run.code(), () -> name + ": " + run.err());
        if (code != 0) {
            // Always a location in one of the case's own files: path:LINE:COL: message
            String prefix = dir.resolve("models").toString().replace('\\', '/') + "/";
            assertTrue(run.err().startsWith(prefix) && run.err().substring(prefix.length()).matches("(?s)[^:]+:\\d+:\\d+: .+"),
                    () -> name + ": expected '" + prefix + "FILE:LINE:COL: message' but was: " + run.err());
        }
        String where = code == 0 ? run.out() : run.err();
        assertTrue(where.contains(message), () -> name + ": should contain '" + message + "' but was: " + where);
        // denied.txt: paths (absolute, or relative to the case folder) the model must have been refused.
        Path deniedFile = dir.resolve("denied.txt");
        if (Files.exists(deniedFile)) {
            for (String want : Files.readAllLines(deniedFile, StandardCharsets.UTF_8)) {
                if (want.isBlank()) {
                    continue;
                }
                String path = want.startsWith("/") ? want : dir.resolve("models").resolve(want).toAbsolutePath().normalize().toString();
                assertTrue(denied(run).stream().anyMatch(l -> l.endsWith(" " + path)),
                        () -> name + ": no denied request for " + path + " in " + run.access());
            }
        }
    }

    @Test
    void aTenMegabyteModelFileLoadsWithinTheLimit(@TempDir Path tmp) throws IOException {
        Path models = Files.createDirectories(tmp.resolve("models"));
        StringBuilder text = new StringBuilder("'use strict';\nconst padding = [\n");
        while (text.length() < 10 * 1024 * 1024) {
            text.append("  'Lorem ipsum dolor sit amet, consectetur adipiscing elit',\n");
        }
        text.append("];\nmodule.exports = (sequelize, DataTypes) => sequelize.define('Big', { name: DataTypes.STRING(padding.length % 200) });\n");
        Files.writeString(models.resolve("big.js"), text);
        Run run = load(models, "mysql", List.of());
        assertContract("10 MB file", run);
        // Either it loads, or the time limit stops it with a model error naming the file (a busy machine
        // parses slowly); a hang, a crash or another file's name is not fine.
        assertTrue(run.code() == 0 || run.err().contains("big.js:"), run.err());
    }

    @Test
    void badLimitFlagsAreUsageErrors() {
        Path models = HOSTILE.resolve("h47-env-not-visible").resolve("models");
        for (List<String> flags : List.of(List.of("--env", "NOT-A-NAME"), List.of("--env", "A=B"),
                List.of("--max-memory", "1"), List.of("--max-memory", "lots"), List.of("--timeout", "0"))) {
            Run run = load(models, "mysql", flags);
            assertEquals(2, run.code(), () -> flags + ": " + run.err());
            assertEquals("", run.out());
            assertEquals(1, run.err().lines().count(), run.err());
        }
    }

    @Test
    void anUnsetAllowedVariableIsAbsentNotEmpty(@TempDir Path tmp) throws IOException {
        Path models = Files.createDirectories(tmp.resolve("models"));
        Files.writeString(models.resolve("a.js"), "if ('SEQUELIZE_DDL_SURELY_UNSET' in process.env) throw new Error('present');\n"
                + "module.exports = (sequelize, DataTypes) => sequelize.define('A', { name: DataTypes.STRING });\n");
        Run run = load(models, "sqlite", List.of("--env", "SEQUELIZE_DDL_SURELY_UNSET"));
        assertContract("unset --env", run);
        assertEquals(0, run.code(), run.err());
    }

    @Test
    void aSymlinkOutOfTheModelsFolderIsNotFollowed(@TempDir Path tmp) throws IOException {
        Path models = Files.createDirectories(tmp.resolve("models"));
        Path canary = Files.writeString(tmp.resolve("secret.js"), "module.exports = '" + CANARY + "';\n");
        Files.createSymbolicLink(models.resolve("secret.js"), canary);
        Files.writeString(models.resolve("a.js"), "const s = require('./secret');\n"
                + "module.exports = (sequelize, DataTypes) => sequelize.define('A', { name: DataTypes.STRING }, { comment: s });\n");
        Run run = load(models, "mysql", List.of());
        assertContract("symlink", run);
        assertEquals(1, run.code(), run.err());
        assertTrue(denied(run).stream().anyMatch(l -> l.endsWith("/models/secret.js")), () -> "not logged as denied: " + run.access());
    }

    @Test
    void thePackagesOfTheProjectsNodeModulesAboveThePathLoad(@TempDir Path tmp) throws IOException {
        Path project = Files.createDirectories(tmp.resolve("app"));
        Path models = Files.createDirectories(project.resolve("src/models"));
        Path pkg = Files.createDirectories(project.resolve("node_modules/name-length"));
        Files.writeString(pkg.resolve("package.json"), "{\"name\":\"name-length\",\"main\":\"lib/main.js\"}\n");
        Files.createDirectories(pkg.resolve("lib"));
        Files.writeString(pkg.resolve("lib/main.js"), "module.exports = { NAME_LENGTH: 77 };\n");
        Files.writeString(project.resolve("secret.js"), "module.exports = '" + CANARY + "';\n");
        Files.writeString(models.resolve("a.js"), "const { NAME_LENGTH } = require('name-length');\n"
                + "let secret = 'unread';\ntry { secret = require('../../secret'); } catch (e) { /* refused */ }\n"
                + "module.exports = (sequelize, DataTypes) => sequelize.define('A', { name: DataTypes.STRING(NAME_LENGTH) }, { comment: secret });\n");
        Run run = load(models, "mysql", List.of());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("`name` VARCHAR(77)") && run.out().contains("COMMENT 'unread'"), run.out());
        assertTrue(run.access().contains("granted read " + pkg.resolve("lib/main.js").toAbsolutePath()), () -> String.join("\n", run.access()));
        assertTrue(denied(run).stream().anyMatch(l -> l.endsWith("/app/secret.js")), () -> String.join("\n", run.access()));
        for (String line : run.access()) {
            String path = line.substring(line.indexOf(' ', line.indexOf(' ') + 1) + 1);
            assertTrue(line.startsWith("denied ") || path.startsWith(models.toAbsolutePath() + "/")
                    || path.startsWith(project.resolve("node_modules").toAbsolutePath() + "/")
                    || path.endsWith("/package.json") || path.endsWith("/node_modules"), line);
        }
    }

    @Test
    void aFileBesideTheModelsFolderIsReadableOnlyWithRoot(@TempDir Path tmp) throws IOException {
        Path project = Files.createDirectories(tmp.resolve("app"));
        Path models = Files.createDirectories(project.resolve("models"));
        Files.writeString(project.resolve("db.js"), "module.exports = { length: 42 };\n");
        Files.writeString(models.resolve("a.js"), "const db = require('../db');\n"
                + "module.exports = (sequelize, DataTypes) => sequelize.define('A', { name: DataTypes.STRING(db.length) });\n");
        Run refused = load(models, "mysql", List.of());
        assertContract("without --root", refused);
        assertEquals(1, refused.code(), refused.err());
        assertTrue(refused.err().contains("Cannot find module '../db'") && refused.err().contains("--root DIR"), refused.err());
        assertTrue(denied(refused).stream().anyMatch(l -> l.endsWith("/app/db.js")), () -> String.join("\n", refused.access()));

        Run allowed = load(models, "mysql", List.of("--root", project.toString()));
        assertEquals(0, allowed.code(), allowed.err());
        assertTrue(allowed.out().contains("`name` VARCHAR(42)"), allowed.out());
        assertTrue(allowed.access().contains("granted read " + project.resolve("db.js").toAbsolutePath()), () -> String.join("\n", allowed.access()));

        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Run outside = load(models, "mysql", List.of("--root", elsewhere.toString()));
        assertEquals(2, outside.code(), outside.err());
        assertTrue(outside.err().contains("--root") && outside.err().contains("must be a folder that contains"), outside.err());
        assertEquals("", outside.out());
    }
}
