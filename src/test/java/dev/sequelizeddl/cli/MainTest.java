package dev.sequelizeddl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and the stdout/stderr contract, with the fake shim of src/test/resources. */
class MainTest {
    @TempDir
    Path tmp;
    Path models;

    record Run(int code, String out, String err) {
        void failsWith(ExitCode expected) {
            assertEquals(expected.code(), code, err);
            assertEquals("", out, "stdout must stay empty on failure");
            assertEquals(1, err.lines().count(), "exactly one stderr line: " + err);
        }
    }

    @BeforeEach
    void fakeShim() throws Exception {
        LoadCommand.shimEntry = "test-fake/index.js";
        models = Files.createDirectories(tmp.resolve("models"));
        Files.writeString(models.resolve("user.js"), "module.exports = (s) => s.define('User');\n");
    }

    @AfterEach
    void realShim() {
        LoadCommand.shimEntry = "index.js";
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.newCommandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Run load(String dialect, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "load";
        args[1] = "--path=" + models;
        args[2] = "--dialect";
        args[3] = dialect;
        System.arraycopy(more, 0, args, 4, more.length);
        return run(args);
    }

    @Test
    void successPrintsTheDdlPlusOneNewlineAndWarningsOnStderr() {
        Run r = load("postgres");
        assertEquals(0, r.code(), r.err());
        // The fake shim defines no tables, so the DDL is empty: only console.log's newline.
        assertEquals("\n", r.out());
        assertEquals("fake shim loaded user.js\n", r.err().replace("\r\n", "\n"));
    }

    @Test
    void everyDialectEitherSucceedsOrFailsCleanly() {
        // Until every dialect's generator exists, "not yet" must still be a clean exit 3.
        for (String dialect : new String[] {"mysql", "mariadb", "postgres", "sqlite", "mssql"}) {
            Run r = load(dialect);
            if (r.code() == 0) {
                assertEquals("\n", r.out(), dialect);
            } else {
                r.failsWith(ExitCode.UNSUPPORTED);
            }
        }
    }

    @Test
    void helpAndVersion() {
        Run help = run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("load"), help.out());
        Run loadHelp = run("load", "--help");
        assertEquals(0, loadHelp.code());
        assertTrue(loadHelp.out().contains("--dialect=DIALECT"), loadHelp.out());
        assertTrue(loadHelp.out().contains("mysql, mariadb, postgres, sqlite, mssql"), loadHelp.out());
        Run version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("sequelize-ddl "), version.out());
    }

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        run().failsWith(ExitCode.USAGE);
        run("load", "--dialect", "mysql").failsWith(ExitCode.USAGE);
        run("load", "--path", models.toString()).failsWith(ExitCode.USAGE);
        run("load", "--path", models.toString(), "--dialect", "mysql", "--frobnicate").failsWith(ExitCode.USAGE);
        run("frobnicate").failsWith(ExitCode.USAGE);
        Run oracle = load("oracle");
        oracle.failsWith(ExitCode.USAGE);
        assertTrue(oracle.err().startsWith("sequelize-ddl: unknown dialect 'oracle'"), oracle.err());
        run("load", "--path", tmp.resolve("missing").toString(), "--dialect", "mysql").failsWith(ExitCode.USAGE);
        run("load", "--path", models.resolve("user.js").toString(), "--dialect", "mysql").failsWith(ExitCode.USAGE);
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "");
        Files.writeString(empty.resolve("user.test.js"), "");
        run("load", "--path", empty.toString(), "--dialect", "mysql").failsWith(ExitCode.USAGE);
        load("mysql", "--timeout", "0").failsWith(ExitCode.USAGE);
    }

    @Test
    void modelErrorsExitWithOneAndALocation() throws Exception {
        Files.writeString(models.resolve("post.js"), "module.exports = (s) => {\n  s.define(\n};\n");
        Run r = load("mysql");
        r.failsWith(ExitCode.MODEL_ERROR);
        assertTrue(r.err().startsWith(models.resolve("post.js") + ":3:1: SyntaxError: "), r.err());

        Files.writeString(models.resolve("post.js"), "module.exports = (s) => {\n  s.nope();\n};\n");
        r = load("postgres");
        r.failsWith(ExitCode.MODEL_ERROR);
        // GraalJS points at the call expression (V8 would say column 5, at "nope").
        assertTrue(r.err().startsWith(models.resolve("post.js") + ":2:3: TypeError: "), r.err());
    }

    @Test
    void verboseAddsGuestOutputAndAStackTrace() throws Exception {
        Files.writeString(models.resolve("post.js"), "console.log('hello from the model');\nthrow new Error('bad');\n");
        Run r = load("mysql", "--verbose");
        assertEquals(ExitCode.MODEL_ERROR.code(), r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("hello from the model"), r.err());
        assertTrue(r.err().contains(models.resolve("post.js") + ":2:7: Error: bad"), r.err());
        assertTrue(r.err().contains("at "), r.err());

        Run before = run("--verbose", "load", "--path", models.toString(), "--dialect", "mysql");
        assertEquals(ExitCode.MODEL_ERROR.code(), before.code());
        assertTrue(before.err().contains("hello from the model"), before.err());
        assertTrue(before.err().contains("at "), before.err());
    }

    @Test
    void unsupportedExitsWithThree() throws Exception {
        Files.writeString(models.resolve("post.js"),
                "throw Object.assign(new Error('decorators'), { code: 'SEQUELIZE_DDL_UNSUPPORTED' });\n");
        load("mysql").failsWith(ExitCode.UNSUPPORTED);
    }

    @Test
    void internalErrorsExitWithFour() {
        LoadCommand.shimEntry = "test-fake/returns-number.js";
        Run r = load("mysql");
        r.failsWith(ExitCode.INTERNAL);
        assertTrue(r.err().startsWith("internal error: __sequelizeDdl.load returned 42"), r.err());
    }

    @Test
    void reportMapsExceptionsToCodes() {
        StringWriter err = new StringWriter();
        assertEquals(4, Main.report(new IllegalStateException("x\ny"), false, new PrintWriter(err, true)));
        assertEquals("internal error: java.lang.IllegalStateException: x y", err.toString().strip());
        assertEquals(1, Main.report(new dev.sequelizeddl.ddl.SequelizeError("Invalid value"), false,
                new PrintWriter(new StringWriter())));
        assertEquals(3, Main.report(new dev.sequelizeddl.ddl.UnsupportedFeatureException("x"), false,
                new PrintWriter(new StringWriter())));
        assertEquals(3, Main.report(new UnsupportedOperationException("x"), false,
                new PrintWriter(new StringWriter())));
    }
}
