package dev.sequelizeddl.golden;

import dev.sequelizeddl.cli.CliRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sequelizeddl.ddl.Dialect;
import dev.sequelizeddl.js.ModelLoader;
import dev.sequelizeddl.regress.ExpectedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tool end to end: every case's model files through the CLI (shim in GraalJS, schema JSON,
 * Java generators) must print exactly what real Sequelize printed through the Node provider's
 * pipeline ({@code expected/<dialect>.sql}, notes stripped), or fail with exit 1 and Sequelize's
 * message where Sequelize threw ({@code expected/<dialect>.error}), with nothing on stdout.
 */
class ModelsGoldenTest {
    static final Path CASES = Path.of("test-fixtures", "cases");
    static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(CASES)) {
            for (Path dir : dirs.sorted().toList()) {
                for (Dialect d : Dialect.values()) {
                    Path expected = dir.resolve("expected");
                    if (Files.exists(expected.resolve(d.id() + ".sql")) || Files.exists(expected.resolve(d.id() + ".error"))) {
                        out.add(Arguments.of(dir.getFileName().toString(), d));
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void printsWhatSequelizePrints(String caseName, Dialect dialect) throws IOException {
        Path dir = CASES.resolve(caseName);
        Path sql = dir.resolve("expected").resolve(dialect.id() + ".sql");
        List<String> args = new ArrayList<>(List.of("load", "--path", dir.resolve("models").toString(), "--dialect", dialect.id()));
        args.addAll(ExpectedFile.loadArgs(dir));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        if (Files.exists(sql)) {
            String expected = Files.readString(sql, StandardCharsets.UTF_8);
            assertEquals(0, run.code(), run.err());
            // `$MODELS` in atlas:pos lines (TypeScript cases) stands for the absolute models folder.
            String models = dir.resolve("models").toAbsolutePath().normalize().toString();
            assertEquals(ExpectedFile.stripNotes(expected).replace(ExpectedFile.MODELS, models), run.out());
            List<String> logged = ExpectedFile.loggedLines(expected);
            assertTrue(ExpectedFile.isSubsequence(logged, run.err().lines().toList()),
                    () -> "stderr should carry the lines the Node provider logs on stdout, in order: " + logged + "\nbut was:\n" + run.err());
        } else {
            String message = Files.readString(dir.resolve("expected").resolve(dialect.id() + ".error"), StandardCharsets.UTF_8).strip();
            assertEquals(1, run.code(), run.err());
            assertEquals("", run.out());
            assertTrue(run.err().contains(message), () -> "stderr should contain '" + message + "' but was: " + run.err());
        }
    }

    /**
     * The shim's model state equals real Sequelize's ({@code expected/<dialect>.schema.json}), apart
     * from the source positions only the shim records.
     */
    static Stream<Arguments> recordedCases() throws IOException {
        return cases().filter(a -> Files.exists(CASES.resolve((String) a.get()[0]).resolve("expected")
                .resolve(((Dialect) a.get()[1]).id() + ".schema.json")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("recordedCases")
    void shimRecordsWhatSequelizeHolds(String caseName, Dialect dialect) throws IOException {
        Path dir = CASES.resolve(caseName);
        Path real = dir.resolve("expected").resolve(dialect.id() + ".schema.json");
        ModelLoader.Result result = CaseLoadArgs.applied(new ModelLoader(), dir).load(dir.resolve("models"), dialect.id());
        JsonNode ours = JSON.readTree(result.schemaJson());
        for (JsonNode m : ours.path("models")) {
            ((ObjectNode) m).remove("source");
        }
        assertEquals(JSON.readTree(Files.readString(real)).toPrettyString(), ours.toPrettyString());
    }

    @org.junit.jupiter.api.Test
    void readsTheLoggedLinesOutOfTheNotes() throws IOException {
        String c41 = Files.readString(CASES.resolve("c41-builtin-method-log/expected/mysql.sql"), StandardCharsets.UTF_8);
        List<String> logged = ExpectedFile.loggedLines(c41);
        assertEquals(8, logged.size(), logged::toString);
        assertTrue(logged.getFirst().startsWith("Not overriding built-in method from model attribute: "));
    }
}
