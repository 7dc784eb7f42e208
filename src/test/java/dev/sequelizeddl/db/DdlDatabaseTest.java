package dev.sequelizeddl.db;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.TestAbortedException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Our DDL against real databases, for every case and every dialect with a server here
 * (postgres → PostgreSQL; mariadb and mysql → MariaDB; sqlite → embedded SQLite):
 * <ol>
 * <li>{@link #appliesAndHoldsWhatTheModelsDeclare}: the DDL runs statement by statement in a fresh
 *     database, and the schema read back has the tables, columns, keys and indexes the models declare;</li>
 * <li>{@link #meansWhatSequelizeSyncCreates}: the schema read back equals the one real
 *     {@code sequelize.sync()} creates in another fresh database (test-fixtures/oracle/sync.js).</li>
 * </ol>
 * We owe the Node provider byte-identical output, so where the provider's own DDL (the expected file)
 * shows the same failure or difference, that is the provider's behaviour, not ours: the test is
 * aborted with the finding (also appended to {@code target/db-findings.txt}) instead of failing;
 * {@code DDL_SYNC_STRICT=1} makes provider-vs-sync() differences failures. A missing database
 * server skips, or fails when {@code DDL_REQUIRE_DB=1} (CI).
 */
class DdlDatabaseTest {
    static final List<String> DIALECTS = List.of("postgres", "mariadb", "mysql", "sqlite");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> applyCases() {
        List<Arguments> out = new ArrayList<>();
        for (String c : Fixtures.cases()) {
            for (String d : DIALECTS) {
                if (DdlSource.hasExpectedSql(c, d)) out.add(Arguments.of(c, d));
            }
        }
        return out.stream();
    }

    static Stream<Arguments> syncCases() {
        return applyCases().filter(a -> !a.get()[1].equals("sqlite"));
    }

    /** The outcome of applying one DDL text: the schema, or where it failed. */
    record Applied(SchemaSnapshot snapshot, String failure) {
    }

    private static final Map<String, Applied> APPLIED = new HashMap<>();
    private static final Map<String, String> OURS = new HashMap<>();

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("applyCases")
    void appliesAndHoldsWhatTheModelsDeclare(String caseName, String dialect) throws Exception {
        String ddl = ours(caseName, dialect);
        Applied a = applied(caseName, dialect, "ddl", ddl);
        String expected = DdlSource.expected(caseName, dialect);
        if (a.failure != null) {
            Applied e = ddl.equals(expected) ? a : applied(caseName, dialect, "exp", expected);
            if (e.failure != null && e.failure.equals(a.failure)) {
                finding(caseName, dialect, "provider DDL does not apply", a.failure);
            }
            fail("our DDL does not apply (the provider's " + (e.failure == null ? "does" : "fails otherwise: " + e.failure) + "):\n" + a.failure);
        }
        List<String> problems = ModelExpectations.check(DdlSource.schemaJson(caseName, dialect), dialect, a.snapshot);
        if (problems.isEmpty()) return;
        List<String> providerProblems = problems;
        if (!ddl.equals(expected)) {
            Applied e = applied(caseName, dialect, "exp", expected);
            providerProblems = e.failure != null ? List.of("(does not apply)")
                    : ModelExpectations.check(DdlSource.schemaJson(caseName, dialect), dialect, e.snapshot);
        }
        if (providerProblems.equals(problems)) {
            finding(caseName, dialect, "schema from the provider's DDL differs from the model declarations", String.join("\n", problems));
        }
        fail("schema from our DDL differs from the model declarations (our DDL differs from the expected file, whose schema "
                + (providerProblems.isEmpty() ? "matches them" : "differs otherwise") + "):\n" + String.join("\n", problems)
                + "\n\nschema:\n" + a.snapshot);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("syncCases")
    void meansWhatSequelizeSyncCreates(String caseName, String dialect) throws Exception {
        Databases.Server server = server(dialect);
        String why = SyncOracle.unavailableReason();
        if (why != null) {
            if (Databases.required() && "1".equals(System.getenv("DDL_REQUIRE_SYNC"))) fail(why);
            Assumptions.abort(why);
        }
        String ddl = ours(caseName, dialect);
        Applied a = applied(caseName, dialect, "ddl", ddl);

        String db = Databases.dbName(dialect, "sync");
        String url = server.freshDatabase(db);
        SchemaSnapshot synced;
        SyncOracle.Result r;
        List<String> extra = List.of();
        try {
            extra = prepare(caseName, dialect, url, server);
            r = SyncOracle.run(caseName, dialect, server, db);
            synced = r.ok() ? read(dialect, server.connect(url), extra) : null;
        } finally {
            dropUnlessKept(server, db, extra);
        }
        if (a.failure != null) {
            // Reported (as failure or finding) by appliesAndHoldsWhatTheModelsDeclare; here: can sync() do it?
            finding(caseName, dialect, r.ok() ? "our DDL does not apply, sequelize.sync() does" : "neither our DDL nor sequelize.sync() applies",
                    "our DDL: " + a.failure + (r.ok() ? "" : "\nsync(): " + r.error()));
        }
        if (!r.ok()) finding(caseName, dialect, "our DDL applies, sequelize.sync() fails", r.error());

        List<String> ourLines = a.snapshot.lines();
        List<String> syncLines = synced.lines();
        if (ourLines.equals(syncLines)) return;
        String diff = diff(syncLines, ourLines, "sync()", "our DDL");
        String expected = DdlSource.expected(caseName, dialect);
        boolean sameAsProvider = ddl.equals(expected);
        if (!sameAsProvider) {
            Applied e = applied(caseName, dialect, "exp", expected);
            sameAsProvider = e.failure == null && e.snapshot.lines().equals(ourLines);
        }
        if (sameAsProvider && !"1".equals(System.getenv("DDL_SYNC_STRICT"))) {
            finding(caseName, dialect, "provider DDL and sequelize.sync() build different schemas", diff);
        }
        fail("the schema from our DDL differs from sequelize.sync()'s"
                + (sameAsProvider ? " (the provider's DDL gives ours)" : " and from the provider's DDL") + ":\n" + diff);
    }

    // ---------------------------------------------------------------------------------------------

    private static String ours(String caseName, String dialect) throws IOException {
        String key = caseName + "/" + dialect;
        String ddl = OURS.get(key);
        if (ddl == null) {
            ddl = DdlSource.ours(caseName, dialect);
            OURS.put(key, ddl);
        }
        return ddl;
    }

    private static Databases.Server server(String dialect) {
        Databases.Server s = Databases.forDialect(dialect);
        if (!s.available()) {
            String msg = "no " + s.engine() + " server: " + s.unavailableReason();
            if (Databases.required()) fail(msg + " (DDL_REQUIRE_DB is set)");
            Assumptions.abort(msg);
        }
        return s;
    }

    /** Applies a DDL text in a fresh database (cached per case × dialect × purpose) and reads it back. */
    private static Applied applied(String caseName, String dialect, String purpose, String ddl) throws Exception {
        String key = caseName + "/" + dialect + "/" + purpose;
        Applied a = APPLIED.get(key);
        if (a != null) return a;
        List<String> statements = StatementSplitter.split(ddl, dialect.equals("mysql") || dialect.equals("mariadb"));
        if (dialect.equals("sqlite")) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
                a = run(c, statements, dialect, List.of());
            }
        } else {
            Databases.Server server = server(dialect);
            String db = Databases.dbName(dialect, purpose);
            String url = server.freshDatabase(db);
            List<String> extra = List.of();
            try {
                extra = prepare(caseName, dialect, url, server);
                try (Connection c = server.connect(url)) {
                    a = run(c, statements, dialect, extra);
                }
            } finally {
                dropUnlessKept(server, db, extra);
            }
        }
        APPLIED.put(key, a);
        return a;
    }

    private static Applied run(Connection c, List<String> statements, String dialect, List<String> extra) throws SQLException {
        int n = 0;
        for (String sql : statements) {
            n++;
            try (Statement st = c.createStatement()) {
                st.execute(sql);
            } catch (SQLException e) {
                return new Applied(null, "statement " + n + " of " + statements.size() + ": " + sql + "\n  -> " + e.getMessage().strip());
            }
        }
        return new Applied(read(dialect, c, extra), null);
    }

    private static SchemaSnapshot read(String dialect, Connection c, List<String> extra) throws SQLException {
        try (c) {
            return switch (dialect) {
                case "postgres" -> SchemaSnapshot.readPostgres(c);
                case "mariadb", "mysql" -> SchemaSnapshot.readMariaDb(c, extra);
                case "sqlite" -> SchemaSnapshot.readSqlite(c);
                default -> throw new IllegalArgumentException(dialect);
            };
        } catch (SQLException e) {
            throw e;
        }
    }

    /**
     * What a PostgreSQL database needs before the DDL, as Atlas's dev database would have it: the
     * schemas the models put tables in (neither Sequelize's createTable nor the DDL creates them) and
     * the extensions whose types the DDL names (citext, hstore; postgis where installed). Both the
     * database for our DDL and the one for sync() get the same.
     */
    private static List<String> prepare(String caseName, String dialect, String url, Databases.Server server) throws Exception {
        Set<String> schemas = new LinkedHashSet<>();
        JsonNode root = JSON.readTree(DdlSource.schemaJson(caseName, dialect));
        for (JsonNode m : root.path("models")) {
            JsonNode s = m.path("table").path("schema");
            if (s.isTextual() && !s.asText().isEmpty() && !s.asText().equals("public")) schemas.add(s.asText());
        }
        if (!dialect.equals("postgres")) {
            // MariaDB: a schema is a database (`geo`.`Regions`); fresh ones, shared by name server-wide.
            if (schemas.isEmpty()) return List.of();
            try (Connection c = server.connect(url); Statement st = c.createStatement()) {
                for (String s : schemas) {
                    st.execute("DROP DATABASE IF EXISTS `" + s.replace("`", "``") + "`");
                    st.execute("CREATE DATABASE `" + s.replace("`", "``") + "`");
                }
            }
            return List.copyOf(schemas);
        }
        String ddl = DdlSource.expected(caseName, dialect).toUpperCase(java.util.Locale.ROOT);
        List<String> extensions = new ArrayList<>();
        if (ddl.contains("CITEXT")) extensions.add("citext");
        if (ddl.contains("HSTORE")) extensions.add("hstore");
        if (ddl.contains("GEOMETRY") || ddl.contains("GEOGRAPHY")) extensions.add("postgis");
        if (schemas.isEmpty() && extensions.isEmpty()) return List.of();
        try (Connection c = server.connect(url); Statement st = c.createStatement()) {
            for (String s : schemas) st.execute("CREATE SCHEMA IF NOT EXISTS \"" + s.replace("\"", "\"\"") + "\"");
            for (String e : extensions) {
                try (java.sql.ResultSet rs = st.executeQuery("SELECT 1 FROM pg_available_extensions WHERE name = '" + e + "'")) {
                    if (!rs.next()) continue; // not installed here: the DDL will fail on its type
                }
                st.execute("CREATE EXTENSION IF NOT EXISTS " + e);
            }
        }
        return List.of();
    }

    private static void dropUnlessKept(Databases.Server server, String db, List<String> extra) {
        if ("1".equals(System.getenv("DDL_KEEP_DB"))) return;
        server.dropDatabase(db);
        for (String s : extra) server.dropDatabase(s);
    }

    /** Aborts the test with a finding about the provider or sync(), and logs it. */
    private static void finding(String caseName, String dialect, String what, String detail) {
        String text = "[" + caseName + " " + dialect + "] " + what + ":\n" + detail.indent(2);
        try {
            Path log = Fixtures.projectRoot().resolve("target/db-findings.txt");
            Files.createDirectories(log.getParent());
            Files.writeString(log, text + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // the abort message still carries it
        }
        throw new TestAbortedException("finding: " + text);
    }

    /** A small line diff: lines only on one side, marked - (left) and + (right), in order. */
    static String diff(List<String> left, List<String> right, String leftName, String rightName) {
        int n = left.size();
        int m = right.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = left.get(i).equals(right.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        StringBuilder sb = new StringBuilder("--- " + leftName + "\n+++ " + rightName + "\n");
        int i = 0;
        int j = 0;
        String table = null;
        String shownTable = null;
        while (i < n || j < m) {
            if (i < n && j < m && left.get(i).equals(right.get(j))) {
                if (left.get(i).startsWith("table ")) table = left.get(i);
                i++;
                j++;
                continue;
            }
            if (table != null && !table.equals(shownTable)) {
                sb.append("  ").append(table).append('\n');
                shownTable = table;
            }
            if (j < m && (i >= n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                sb.append("+ ").append(right.get(j++)).append('\n');
            } else {
                sb.append("- ").append(left.get(i++)).append('\n');
            }
        }
        return sb.toString();
    }
}
