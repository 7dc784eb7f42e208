package dev.sequelizeddl.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The known-findings files are well formed and every entry names a check the database tests run (no database needed). */
class KnownFindingsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyEntryNamesACheckThatRuns() {
        List<String> problems = new ArrayList<>();
        int entries = 0;
        for (String c : Fixtures.cases()) {
            for (KnownFindings.Entry e : KnownFindings.parse(KnownFindings.file(c))) {
                entries++;
                String where = c + "/" + KnownFindings.FILE + ":" + e.line() + ": ";
                if (!DdlSource.hasExpectedSql(c, e.dialect())) problems.add(where + "no expected/" + e.dialect() + ".sql, nothing runs");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(entries > 0, "no known findings at all: is test-fixtures/cases/*/" + KnownFindings.FILE + " read?");
    }

    /**
     * A case's {@link DbSetup} file creates only tables that no model of the case defines (a model's table
     * comes from our DDL and sync(), never from the setup) and that some model references (else it is dead
     * weight), for every dialect's models.
     */
    @Test
    void dbSetupCreatesOnlyExternalTablesTheModelsReference() throws Exception {
        List<String> problems = new ArrayList<>();
        int files = 0;
        for (String c : Fixtures.cases()) {
            if (!Files.exists(DbSetup.file(c))) continue;
            files++;
            List<String> tables;
            try {
                tables = DbSetup.tables(c);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
                continue;
            }
            if (tables.isEmpty()) problems.add(DbSetup.file(c) + ": creates no table");
            for (String d : DdlDatabaseTest.DIALECTS) {
                if (!Files.exists(Fixtures.expected(c, d + ".schema.json"))) continue;
                Set<String> defined = new HashSet<>();
                Set<String> referenced = new HashSet<>();
                for (JsonNode m : JSON.readTree(DdlSource.schemaJson(c, d)).path("models")) {
                    JsonNode t = m.path("table");
                    defined.add((t.isTextual() ? t.asText() : t.path("tableName").asText()).toLowerCase(Locale.ROOT));
                    for (JsonNode a : m.path("attributes")) {
                        JsonNode ref = a.path("references").path("model");
                        String name = ref.isTextual() ? ref.asText() : ref.path("tableName").asText("");
                        if (!name.isEmpty()) referenced.add(name.toLowerCase(Locale.ROOT));
                    }
                }
                for (String t : tables) {
                    String key = t.toLowerCase(Locale.ROOT);
                    if (defined.contains(key)) problems.add(DbSetup.file(c) + ": creates " + t + ", which a model defines (" + d + ")");
                    if (!referenced.contains(key)) problems.add(DbSetup.file(c) + ": creates " + t + ", which no model references (" + d + ")");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(files > 0, "no test-fixtures/cases/*/" + DbSetup.FILE + " at all: are they read?");
    }

    @Test
    void parsesEntriesAndRejectsMalformedOnes(@TempDir Path dir) throws Exception {
        Path f = dir.resolve(KnownFindings.FILE);
        Files.writeString(f, "# c\npostgres apply engine: no PostGIS here\n  | type \"geometry\" does not exist\n"
                + "mariadb models sequelize: two lines\n  | a\n  | b\n");
        List<KnownFindings.Entry> e = KnownFindings.parse(f);
        assertEquals(2, e.size());
        assertEquals(List.of("type \"geometry\" does not exist"), e.get(0).text());
        assertEquals("no PostGIS here", e.get(0).why());
        assertEquals(List.of("a", "b"), e.get(1).text());

        for (String bad : List.of("postgres apply engine no colon\n  | x\n", "oracle apply engine: x\n  | y\n",
                "postgres apply later: x\n  | y\n", "postgres apply external: x\n  | y\n", "postgres apply engine: x\n", "postgres apply engine: x\n  | a\n  | b\n",
                "  | orphan\n", "postgres models engine: x\n  | a\npostgres models engine: y\n  | b\n", "postgres apply engine: \n  | a\n")) {
            Files.writeString(f, bad);
            assertThrows(IllegalArgumentException.class, () -> KnownFindings.parse(f), bad);
        }
    }

    @Test
    void normalisesWhatChangesFromRunToRun() {
        assertEquals("Can't create table `<db>`.`Posts` (errno: 150)",
                KnownFindings.normalize("(conn=162) Can't create table `sd_mariadb_ddl_17209`.`Posts` (errno: 150)"));
        assertEquals("Unknown data type: 'JSONB' sql: x",
                KnownFindings.normalize("(conn:490, no: 4161, SQLState: HY000) Unknown data type: 'JSONB' sql: x"));
        assertEquals("ERROR: type \"geometry\" does not exist", KnownFindings.normalize("ERROR: type \"geometry\" does not exist\n  Position: 417"));
    }
}
