package dev.sequelizeddl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code run load.js|load.ts} (script mode): the fixtures of test-fixtures/scripts print byte for byte what
 * the real Node providers print (expected.out from test-fixtures/oracle/scripts.js, $SCRIPT = the script's
 * folder), and failures follow load's contract: one line on stderr, nothing on stdout.
 */
class RunCommandTest {
    private static final Path SCRIPTS = Path.of("test-fixtures", "scripts");

    @TempDir
    Path dir;

    static List<Path> scripts() throws IOException {
        try (Stream<Path> dirs = Files.list(SCRIPTS)) {
            return dirs.filter(Files::isDirectory).sorted()
                    .map(d -> Files.exists(d.resolve("load.ts")) ? d.resolve("load.ts") : d.resolve("load.js"))
                    .filter(Files::exists).toList();
        }
    }

    @Test
    void everyScriptFixtureHasAnExpectedOutput() throws IOException {
        List<Path> scripts = scripts();
        assertTrue(scripts.size() >= 4, "script fixtures: " + scripts);
        assertTrue(scripts.stream().anyMatch(s -> s.toString().endsWith(".ts")), "a TypeScript script");
        assertTrue(scripts.stream().anyMatch(s -> s.toString().endsWith(".js")), "a JavaScript script");
        for (Path script : scripts) {
            assertTrue(Files.exists(script.resolveSibling("expected.out")), script + " has no expected.out (run oracle/scripts.js)");
        }
    }

    @ParameterizedTest
    @MethodSource("scripts")
    void printsWhatTheNodeProviderScriptPrints(Path script) throws IOException {
        String folder = script.toAbsolutePath().normalize().getParent().toString();
        String expected = Files.readString(script.resolveSibling("expected.out")).replace("$SCRIPT/", folder + "/");
        CliRun run = CliRun.of("run", script.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(expected, run.out());
    }

    @Test
    void theScriptsOwnErrorOutputAndTheModelsLogGoToStderr() {
        CliRun run = CliRun.of("run", SCRIPTS.resolve("s02-js-associations/load.js").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("loading 3 models"), run.err());
        assertTrue(!run.out().contains("loading"), run.out());
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private Path userModel() throws IOException {
        return write("models/user.js", """
                module.exports = (sequelize, DataTypes) => {
                  console.log("defining User");
                  return sequelize.define("User", { name: DataTypes.STRING }, { timestamps: false });
                };
                """);
    }

    @Test
    void modelLogLinesGoToStderrAndOnlyTheScriptsConsoleLogToStdout() throws IOException {
        userModel();
        Path script = write("load.js", """
                const loadModels = require("@ariga/atlas-provider-sequelize");
                console.info("-- generated");
                console.log(loadModels("sqlite", require("./models/user")));
                """);
        CliRun run = CliRun.of("run", script.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("-- generated\nCREATE TABLE IF NOT EXISTS `Users` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `name` VARCHAR(255));\n\n",
                run.out());
        assertEquals("defining User\n", run.err());
    }

    @Test
    void sequelizesOwnLogLinesForModelsTheScriptDefinesGoToStderr() throws IOException {
        Path script = write("load.js", """
                const loadModels = require("@ariga/atlas-provider-sequelize");
                const thing = (sequelize, DataTypes) =>
                  sequelize.define("Thing", { get: DataTypes.STRING }, { timestamps: false });
                console.log(loadModels("mysql", thing));
                """);
        CliRun run = CliRun.of("run", script.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("CREATE TABLE IF NOT EXISTS `Things` (`id` INTEGER NOT NULL auto_increment , `get` VARCHAR(255), "
                + "PRIMARY KEY (`id`)) ENGINE=InnoDB;\n\n", run.out());
        assertEquals("Not overriding built-in method from model attribute: get\n", run.err());
    }

    @Test
    void anInvalidDialectIsTheProvidersErrorAtTheCallAndStdoutStaysEmpty() throws IOException {
        userModel();
        Path script = write("load.js", """
                const loadModels = require("@ariga/atlas-provider-sequelize");
                console.log("-- printed before the error");
                console.log(loadModels("oracle", require("./models/user")));
                """);
        CliRun run = CliRun.of("run", script.toString());
        assertEquals(1, run.code());
        assertEquals("", run.out());
        assertEquals(relative(script) + ":3:13: Error: invalid dialect: oracle\n", run.err());
    }

    @Test
    void theTypeScriptProvidersInvalidDialectMessage() throws IOException {
        Path script = write("load.ts", """
                import { loadModels } from "@ariga/ts-atlas-provider-sequelize/src/sequelize_schema";

                console.log(loadModels("", []));
                """);
        CliRun run = CliRun.of("run", script.toString());
        assertEquals(1, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().matches(relative(script) + ":3:\\d+: Error: Invalid dialect\n"), run.err());
    }

    @Test
    void aScriptThatPrintsNothingFails() throws IOException {
        userModel();
        Path script = write("load.js", """
                const loadModels = require("@ariga/atlas-provider-sequelize");
                const sql = loadModels("mysql", require("./models/user"));
                """);
        CliRun run = CliRun.of("run", script.toString());
        assertEquals(1, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().endsWith(relative(script) + ":1:1: the script printed nothing on stdout (expected console.log(loadModels(...)))\n"), run.err());
    }

    @Test
    void aDdlFailureTheScriptCatchesIsStillTheRunsError() throws IOException {
        write("models/bad.js", """
                module.exports = (sequelize, DataTypes) =>
                  sequelize.define("Bad", { ownerId: { type: DataTypes.INTEGER, references: { key: "id" } } });
                """);
        Path script = write("load.js", """
                const loadModels = require("@ariga/atlas-provider-sequelize");
                try {
                  console.log(loadModels("mysql", require("./models/bad")));
                } catch (e) {
                  console.log("-- no schema");
                }
                """);
        CliRun run = CliRun.of("run", script.toString());
        assertEquals(1, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().contains("Bad.ownerId: ") && run.err().contains("references names no model or table"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void promiseJobsTheScriptQueuedStillPrint() throws IOException {
        userModel();
        Path script = write("load.js", """
                const loadModels = require("@ariga/atlas-provider-sequelize");
                Promise.resolve(require("./models/user")).then((user) => console.log(loadModels("mariadb", user)));
                """);
        CliRun run = CliRun.of("run", script.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("CREATE TABLE IF NOT EXISTS `Users`"), run.out());
    }

    @Test
    void theScriptsProcessExitZeroEndsItSuccessfullyAnyOtherCodeFails() throws IOException {
        userModel();
        Path ok = write("ok.js", """
                const loadModels = require("@ariga/atlas-provider-sequelize");
                console.log(loadModels("sqlite", require("./models/user")));
                process.exit(0);
                console.log("-- not reached");
                """);
        CliRun run = CliRun.of("run", ok.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("CREATE TABLE IF NOT EXISTS `Users` (`id` INTEGER PRIMARY KEY AUTOINCREMENT, `name` VARCHAR(255));\n\n", run.out());
        Path failing = write("failing.js", """
                console.log("-- partial");
                process.exit(3);
                """);
        CliRun failed = CliRun.of("run", failing.toString());
        assertEquals(1, failed.code());
        assertEquals("", failed.out());
        assertTrue(failed.err().startsWith(relative(failing) + ":2:"), failed.err());
        assertTrue(failed.err().contains("process.exit(3)"), failed.err());
    }

    @Test
    void usageErrors() throws IOException {
        assertEquals(2, CliRun.of("run", dir.resolve("missing.js").toString()).code());
        assertEquals(2, CliRun.of("run", dir.toString()).code());
        assertEquals(2, CliRun.of("run", write("schema.sql", "select 1;").toString()).code());
        assertEquals(2, CliRun.of("run").code());
        CliRun limits = CliRun.of("run", "--timeout", "0", write("load.js", "console.log('x');").toString());
        assertEquals(2, limits.code());
        assertEquals("sequelize-ddl: --timeout must be a number of seconds above 0\n", limits.err());
    }

    @Test
    void envAndTimeoutApplyAsInLoad() throws IOException {
        Path script = write("load.js", """
                console.log(String(process.env.HOME));
                """);
        CliRun run = CliRun.of("run", script.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("undefined\n", run.out());
        Path loop = write("loop.js", "console.log('x');\nfor (;;) {}\n");
        CliRun stopped = CliRun.of("run", "--timeout", "0.5", loop.toString());
        assertEquals(1, stopped.code());
        assertEquals("", stopped.out());
        assertTrue(stopped.err().startsWith(relative(loop) + ":2:"), stopped.err());
    }

    @Test
    void aThroughTableThatIsAnotherModelsTableIsWarnedAboutAsInLoad() throws IOException {
        Path model = write("models/recipe.js", Files.readString(Path.of("test-fixtures/cases/c35-btm-through-table-clash/models/recipe.js")));
        Path script = write("load.js", """
                const loadModels = require("@ariga/atlas-provider-sequelize");
                console.log(loadModels("postgres", require("./models/recipe")));
                """);
        CliRun run = CliRun.of("run", script.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals(Files.readString(Path.of("test-fixtures/cases/c35-btm-through-table-clash/expected/postgres.sql")), run.out());
        assertEquals("sequelize-ddl: warning: " + relative(model) + ":9: Recipe.belongsToMany(Ingredient, { through: 'RecipeIngredients' })"
                + " defines a join model of its own for table RecipeIngredients, which model RecipeIngredient (" + relative(model) + ":5)"
                + " also uses; the table is created once, without the columns of one of the two models (the Node provider and sync() alike)."
                + " To make RecipeIngredient the join table, write through: RecipeIngredient\n", run.err());
    }

    private static String relative(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = file.toAbsolutePath().normalize();
        return (abs.startsWith(cwd) ? cwd.relativize(abs) : abs).toString();
    }
}
