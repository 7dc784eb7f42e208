package dev.sequelizeddl.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The known-findings files are well formed and every entry names a check the database tests run (no database needed). */
class KnownFindingsTest {
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
                "postgres apply later: x\n  | y\n", "postgres apply engine: x\n", "postgres apply engine: x\n  | a\n  | b\n",
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
