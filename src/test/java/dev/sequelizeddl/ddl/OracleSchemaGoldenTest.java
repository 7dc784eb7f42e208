package dev.sequelizeddl.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sequelizeddl.regress.ExpectedFile;
import dev.sequelizeddl.schema.Schema;
import dev.sequelizeddl.schema.SchemaReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generator correctness: real Sequelize's model state ({@code expected/<dialect>.schema.json}, written
 * by the oracle) through {@link SchemaWriter} must give {@code expected/<dialect>.sql} byte for byte
 * (after the oracle's {@code -- sequelize-ddl note:} lines; the file also holds console.log's "\n").
 * Dialects without a generator yet are skipped.
 */
class OracleSchemaGoldenTest {
    static final Path CASES = Path.of("test-fixtures", "cases");

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        if (!Files.isDirectory(CASES)) return out.stream();
        try (Stream<Path> dirs = Files.list(CASES)) {
            for (Path dir : dirs.sorted().toList()) {
                for (Dialect d : Dialect.values()) {
                    if (Files.exists(dir.resolve("expected").resolve(d.id() + ".schema.json"))) {
                        out.add(Arguments.of(dir.getFileName().toString(), d));
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void generatesWhatSequelizeGenerates(String caseName, Dialect dialect) throws IOException {
        Path expected = CASES.resolve(caseName).resolve("expected");
        Schema schema = SchemaReader.read(Files.readString(expected.resolve(dialect.id() + ".schema.json")));
        QueryGenerator qg;
        try {
            qg = QueryGenerators.forDialect(dialect);
        } catch (UnsupportedOperationException e) {
            Assumptions.abort(e.getMessage());
            return;
        }
        Path sqlFile = expected.resolve(dialect.id() + ".sql");
        Path errorFile = expected.resolve(dialect.id() + ".error");
        if (!Files.exists(sqlFile) && Files.exists(errorFile)) {
            String message = Files.readString(errorFile, StandardCharsets.UTF_8).strip();
            RuntimeException e = assertThrows(RuntimeException.class, () -> SchemaWriter.write(schema, qg));
            assertEquals(message, e.getMessage());
            return;
        }
        assertEquals(ExpectedFile.ddl(Files.readString(sqlFile, StandardCharsets.UTF_8)), SchemaWriter.write(schema, qg) + "\n");
    }

}
