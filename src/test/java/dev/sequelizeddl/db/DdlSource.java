package dev.sequelizeddl.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import dev.sequelizeddl.ddl.Dialect;
import dev.sequelizeddl.ddl.SchemaWriter;
import dev.sequelizeddl.js.ModelLoader;
import dev.sequelizeddl.regress.ExpectedFile;
import dev.sequelizeddl.schema.Schema;
import dev.sequelizeddl.schema.SchemaReader;

/**
 * The DDL under test: our tool's output, produced in-process the way {@code load} does it
 * (ModelLoader → SchemaReader → SchemaWriter). {@code DDL_DB_SOURCE=expected} applies the oracle's
 * expected files instead (to look at the Node provider's DDL alone).
 */
final class DdlSource {
    private DdlSource() {
    }

    static boolean usesExpected() {
        return "expected".equals(System.getenv("DDL_DB_SOURCE"));
    }

    static String ours(String caseName, String dialect) throws IOException {
        if (usesExpected()) return expected(caseName, dialect);
        ModelLoader loader = dev.sequelizeddl.golden.CaseLoadArgs.applied(new ModelLoader(Fixtures.projectRoot(), Duration.ofSeconds(30)),
                Fixtures.casesDir().resolve(caseName));
        ModelLoader.Result loaded = loader.load(Fixtures.casesDir().resolve(caseName).resolve("models"), dialect);
        Schema schema = SchemaReader.read(loaded.schemaJson());
        return SchemaWriter.write(schema, Dialect.of(dialect)) + "\n";
    }

    /**
     * The oracle's expected DDL (the Node provider's, plus documented corrections), without note lines
     * and without the TypeScript atlas:pos header: the same statements {@link #ours} produces.
     */
    static String expected(String caseName, String dialect) throws IOException {
        return ExpectedFile.ddl(Files.readString(Fixtures.expected(caseName, dialect + ".sql"), StandardCharsets.UTF_8));
    }

    static boolean hasExpectedSql(String caseName, String dialect) {
        return Files.exists(Fixtures.expected(caseName, dialect + ".sql"));
    }

    static String schemaJson(String caseName, String dialect) throws IOException {
        Path p = Fixtures.expected(caseName, dialect + ".schema.json");
        return Files.readString(p, StandardCharsets.UTF_8);
    }
}
