package dev.sequelizeddl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The packaged jar, run in a child JVM the way Atlas runs the launcher: the shaded jar must start
 * GraalJS (merged services, Multi-Release, no module-info), stay silent on stderr (manifest
 * Enable-Native-Access, engine options set in code) and keep stdout for the DDL only.
 */
class JarIT {
    static final Path JAR = Path.of("target", "sequelize-ddl.jar");
    static final Path SAMPLE = Path.of("test-fixtures", "cases", "c01-provider-sample");

    record Run(int code, String out, String err) {
    }

    static Run java(String... args) throws IOException, InterruptedException {
        return java(java.util.Map.of(), List.of(), args);
    }

    static Run java(java.util.Map<String, String> env, List<String> jvmArgs, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        if (Runtime.version().feature() >= 23) {
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile("jar-it", ".out");
        Path err = Files.createTempFile("jar-it", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().putAll(env);
            Process p = pb.start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static String expected(Path caseDir, String dialect) throws IOException {
        return dev.sequelizeddl.regress.ExpectedFile.stripNotes(
                Files.readString(caseDir.resolve("expected").resolve(dialect + ".sql"), StandardCharsets.UTF_8));
    }

    @Test
    void printsTheSampleDdlWithACleanStderr() throws Exception {
        Run r = java("load", "--path", SAMPLE.resolve("models").toString(), "--dialect", "postgres");
        assertEquals("", r.err());
        assertEquals(0, r.code());
        assertEquals(expected(SAMPLE, "postgres"), r.out());
    }

    @Test
    void aModelErrorIsOneStderrLineAndNoStdout() throws Exception {
        Path dir = Path.of("test-fixtures", "errors", "e01-syntax-error", "models");
        Run r = java("load", "--path", dir.toString(), "--dialect", "mysql");
        assertEquals(1, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith(dir.resolve("broken.js") + ":4:"), r.err());
    }

    @Test
    void aTypeScriptSyntaxErrorIsOneLineWithoutSwcsPanicText(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // swc4j 2.2.0 panics in Rust while it throws the syntax error and the panic hook writes to fd 2.
        Files.writeString(dir.resolve("Bad.ts"), "import { Model } from \"sequelize-typescript\";\n\nexport class Bad extends Model {\n  name: string = ;\n}\n");
        Run r = java("load", "--path", dir.toString(), "--dialect", "mysql");
        assertEquals(1, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(dir.toAbsolutePath().normalize() + "/Bad.ts:4:18: SyntaxError: Expression expected\n", r.err());
    }

    @Test
    void runsTheTsProvidersReadmeScriptWithACleanStderr() throws Exception {
        Path script = Path.of("test-fixtures", "scripts", "s03-ts-readme", "load.ts");
        Run r = java("run", script.toString());
        assertEquals("", r.err());
        assertEquals(0, r.code());
        String folder = script.toAbsolutePath().normalize().getParent() + "/";
        assertEquals(Files.readString(script.resolveSibling("expected.out")).replace("$SCRIPT/", folder), r.out());
    }

    @Test
    void versionAndUsage() throws Exception {
        Run v = java("--version");
        assertEquals(0, v.code(), v.err());
        assertTrue(v.out().startsWith("sequelize-ddl "), v.out());
        assertEquals("", v.err());
        Run u = java("load", "--dialect", "mysql");
        assertEquals(2, u.code());
        assertEquals("", u.out());
        assertEquals(1, u.err().lines().count(), u.err());
    }

    /**
     * Output does not depend on the machine's time zone or locale: date defaults given as strings
     * and Dates on DATEONLY columns are rendered as under TZ=UTC (the oracle's zone), always.
     */
    @Test
    void timeZoneAndLocaleDoNotChangeTheOutput() throws Exception {
        Path dates = Path.of("test-fixtures", "cases", "c14-date-defaults");
        for (String dialect : List.of("postgres", "mariadb", "sqlite")) {
            Run r = java(java.util.Map.of("TZ", "America/New_York", "LANG", "de_DE.UTF-8", "LC_ALL", "de_DE.UTF-8"),
                    List.of("-Duser.timezone=Pacific/Kiritimati", "-Duser.language=tr", "-Duser.country=TR"),
                    "load", "--path", dates.resolve("models").toString(), "--dialect", dialect);
            assertEquals(0, r.code(), r.err());
            assertEquals(expected(dates, dialect), r.out(), dialect);
        }
    }
}
