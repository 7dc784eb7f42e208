package dev.sequelizeddl.db;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Findings that are known and cannot be fixed here (an engine without the type, Sequelize's own
 * invalid SQL that we reproduce byte for byte, a deliberate difference from {@code sync()}) are data:
 * {@code test-fixtures/cases/<case>/db-known.txt} ({@link KnownFindings}). Each listed finding must
 * still happen exactly as listed, and everything else must pass; nothing is skipped. A missing
 * database server skips, or fails when {@code DDL_REQUIRE_DB=1} (CI).
 */
class DdlDatabaseTest {
    static final List<String> DIALECTS = List.of("postgres", "mariadb", "mysql", "sqlite");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> applyCases() {
        List<Arguments> out = new ArrayList<>();
        String only = System.getenv("DDL_DB_CASES"); // for a narrow local run: a regex over case names
        for (String c : Fixtures.cases()) {
            if (only != null && !only.isBlank() && !c.matches(only)) continue;
            for (String d : DIALECTS) {
                if (DdlSource.hasExpectedSql(c, d)) out.add(Arguments.of(c, d));
            }
        }
        return out.stream();
    }

    static Stream<Arguments> syncCases() {
        return applyCases();
    }

    /** The outcome of applying one DDL text: the schema, or the statement that failed and the engine's message. */
    record Applied(SchemaSnapshot snapshot, String statement, String message) {
        boolean failed() {
            return snapshot == null;
        }

        String failure() {
            return statement + "\n  -> " + message;
        }
    }

    private static final Map<String, Applied> APPLIED = new HashMap<>();
    private static final Map<String, String> OURS = new HashMap<>();

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("applyCases")
    void appliesAndHoldsWhatTheModelsDeclare(String caseName, String dialect) throws Exception {
        String ddl = ours(caseName, dialect);
        Applied a = applied(caseName, dialect, "ddl", ddl);
        KnownFindings.Entry knownApply = KnownFindings.get(caseName, dialect, "apply");
        if (a.failed()) {
            String message = KnownFindings.normalize(a.message);
            if (knownApply != null && message.contains(knownApply.text().getFirst())) return; // fails as listed
            fail("our DDL does not apply" + providerHint(caseName, dialect, ddl, a) + ":\n" + a.failure()
                    + (knownApply != null ? "\n\nlisted as failing with: " + knownApply.text().getFirst() + "\n(" + knownApply.why() + ")"
                            : KnownFindings.suggestion(caseName, dialect, "apply", List.of(firstLine(message)))));
        }
        if (knownApply != null) {
            fail("our DDL applies now; remove the `" + dialect + " apply` entry from " + KnownFindings.file(caseName)
                    + " (it said: " + knownApply.why() + ")");
        }
        List<String> problems = ModelExpectations.check(DdlSource.schemaJson(caseName, dialect), dialect, a.snapshot);
        KnownFindings.Entry known = KnownFindings.get(caseName, dialect, "models");
        if (known == null && problems.isEmpty()) return;
        if (known != null && problems.equals(known.text())) return; // differs exactly as listed
        if (known != null && problems.isEmpty()) {
            fail("the schema now holds what the models declare; remove the `" + dialect + " models` entry from "
                    + KnownFindings.file(caseName) + " (it said: " + known.why() + ")");
        }
        fail("schema from our DDL differs from the model declarations:\n" + String.join("\n", problems)
                + (known != null ? "\n\nlisted instead:\n" + String.join("\n", known.text()) : KnownFindings.suggestion(caseName, dialect, "models", problems))
                + "\n\nschema:\n" + a.snapshot);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("syncCases")
    void meansWhatSequelizeSyncCreates(String caseName, String dialect) throws Exception {
        boolean sqlite = dialect.equals("sqlite");
        Databases.Server server = sqlite ? null : server(dialect);
        String why = SyncOracle.unavailableReason();
        if (why != null) {
            if (Databases.required() && "1".equals(System.getenv("DDL_REQUIRE_SYNC"))) fail(why);
            Assumptions.abort(why);
        }
        String ddl = ours(caseName, dialect);
        Applied a = applied(caseName, dialect, "ddl", ddl);

        SchemaSnapshot synced;
        SyncOracle.Result r;
        if (sqlite) {
            // sync.js runs SQLite over sql.js (WebAssembly) and writes the database to this file.
            Path file = Fixtures.projectRoot().resolve("target/db-sync/" + caseName + ".sqlite");
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            r = SyncOracle.run(caseName, dialect, null, file.toString());
            synced = r.ok() ? read(dialect, DriverManager.getConnection("jdbc:sqlite:" + file), List.of()) : null;
        } else {
            String db = Databases.dbName(dialect, "sync");
            String url = server.freshDatabase(db);
            List<String> extra = List.of();
            try {
                extra = prepare(caseName, dialect, url, server);
                r = SyncOracle.run(caseName, dialect, server, db);
                synced = r.ok() ? read(dialect, server.connect(url), extra) : null;
            } finally {
                dropUnlessKept(server, db, extra);
            }
        }
        KnownFindings.Entry knownFail = KnownFindings.get(caseName, dialect, "sync-fails");
        KnownFindings.Entry knownDiff = KnownFindings.get(caseName, dialect, "sync-differs");
        if (!r.ok() && "setup".equals(r.stage())) fail(DbSetup.file(caseName) + " does not apply through sync.js on " + dialect + ": " + r.error());
        if (!r.ok()) {
            String error = KnownFindings.normalize(r.error());
            if (knownFail == null) {
                fail("sequelize.sync() fails" + (a.failed() ? " (our DDL too)" : " (our DDL applies)") + ":\n" + r.error()
                        + KnownFindings.suggestion(caseName, dialect, "sync-fails", List.of(firstLine(error.replaceAll(" \\[?sql: .*", "")))));
            }
            if (!error.contains(knownFail.text().getFirst())) {
                fail("sequelize.sync() fails otherwise than listed (" + knownFail.text().getFirst() + "):\n" + r.error());
            }
            if (knownDiff != null) fail("`" + dialect + " sync-differs` is listed, but sync() fails: remove one of the two entries");
            return; // sync() fails as listed; our DDL is checked by appliesAndHoldsWhatTheModelsDeclare
        }
        if (knownFail != null) {
            fail("sequelize.sync() works now; remove the `" + dialect + " sync-fails` entry from " + KnownFindings.file(caseName)
                    + " (it said: " + knownFail.why() + ")");
        }
        List<String> diff;
        String shown;
        if (a.failed()) {
            diff = List.of(KnownFindings.OURS_FAIL);
            shown = KnownFindings.OURS_FAIL + ":\n" + a.failure();
        } else if (a.snapshot.lines().equals(synced.lines())) {
            diff = List.of();
            shown = "";
        } else {
            shown = diff(synced.lines(), a.snapshot.lines(), "sync()", "our DDL");
            diff = shown.lines().skip(2).toList();
        }
        if (knownDiff == null && diff.isEmpty()) return;
        if (knownDiff != null && diff.equals(knownDiff.text())) return; // differs exactly as listed
        if (knownDiff != null && diff.isEmpty()) {
            fail("our DDL now builds what sync() builds; remove the `" + dialect + " sync-differs` entry from "
                    + KnownFindings.file(caseName) + " (it said: " + knownDiff.why() + ")");
        }
        fail("the schema from our DDL differs from sequelize.sync()'s" + providerHint(caseName, dialect, ddl, a) + ":\n" + shown
                + (knownDiff != null ? "\nlisted instead:\n" + String.join("\n", knownDiff.text()) : KnownFindings.suggestion(caseName, dialect, "sync-differs", diff)));
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** For failure messages only: whether the Node provider's DDL (the expected file) does the same. */
    private static String providerHint(String caseName, String dialect, String ddl, Applied ours) throws Exception {
        String expected = DdlSource.expected(caseName, dialect);
        if (ddl.equals(expected)) return " (the provider's DDL is the same)";
        Applied e = applied(caseName, dialect, "exp", expected);
        if (ours.failed()) return e.failed() ? " (the provider's DDL fails too: " + e.message + ")" : " (the provider's DDL applies)";
        return e.failed() ? " (the provider's DDL does not apply)"
                : e.snapshot.lines().equals(ours.snapshot.lines()) ? " (the provider's DDL builds the same schema)" : " (the provider's DDL builds another schema)";
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
                setUp(c, caseName, dialect);
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
                    setUp(c, caseName, dialect);
                    a = run(c, statements, dialect, extra);
                }
            } finally {
                dropUnlessKept(server, db, extra);
            }
        }
        APPLIED.put(key, a);
        return a;
    }

    /** The case's {@link DbSetup} tables, which exist before the DDL runs (sync.js creates the same before sync()). */
    private static void setUp(Connection c, String caseName, String dialect) {
        for (String sql : DbSetup.statements(caseName, dialect)) {
            try (Statement st = c.createStatement()) {
                st.execute(sql);
            } catch (SQLException e) {
                fail(DbSetup.file(caseName) + " does not apply on " + dialect + ": " + sql + "\n  -> " + e.getMessage().strip());
            }
        }
    }

    private static Applied run(Connection c, List<String> statements, String dialect, List<String> extra) throws SQLException {
        int n = 0;
        for (String sql : statements) {
            n++;
            try (Statement st = c.createStatement()) {
                st.execute(sql);
            } catch (SQLException e) {
                return new Applied(null, "statement " + n + " of " + statements.size() + ": " + sql, e.getMessage().strip());
            }
        }
        return new Applied(read(dialect, c, extra), null, null);
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
     * schemas the models put tables in (neither Sequelize's createTable nor the DDL creates them), the
     * extensions whose types the DDL names (citext, hstore, postgis; a server without one fails the case)
     * and the locale collations it names. Both the database for our DDL and the one for sync() get the same.
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
        String text = DdlSource.expected(caseName, dialect);
        String ddl = text.toUpperCase(java.util.Locale.ROOT);
        List<String> extensions = new ArrayList<>();
        if (ddl.contains("CITEXT")) extensions.add("citext");
        if (ddl.contains("HSTORE")) extensions.add("hstore");
        if (ddl.contains("GEOMETRY") || ddl.contains("GEOGRAPHY")) extensions.add("postgis");
        // Locale collations ("en_US"): a stock PostgreSQL (Debian with the locale, the postgres images)
        // has them from its OS locales; a cluster initialised on a machine without them (local-db.sh here)
        // gets an ICU collation of that name.
        Set<String> collations = new LinkedHashSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("COLLATE \"([a-z]{2})_([A-Z]{2})\"").matcher(text);
        while (m.find()) collations.add(m.group(1) + "_" + m.group(2));
        if (schemas.isEmpty() && extensions.isEmpty() && collations.isEmpty()) return List.of();
        try (Connection c = server.connect(url); Statement st = c.createStatement()) {
            for (String s : schemas) st.execute("CREATE SCHEMA IF NOT EXISTS \"" + s.replace("\"", "\"\"") + "\"");
            for (String coll : collations) {
                try (java.sql.ResultSet rs = st.executeQuery("SELECT 1 FROM pg_collation WHERE collname = '" + coll + "'")) {
                    if (rs.next()) continue;
                }
                st.execute("CREATE COLLATION pg_catalog.\"" + coll + "\" (provider = icu, locale = '" + coll.replace('_', '-') + "')");
            }
            for (String e : extensions) {
                try (java.sql.ResultSet rs = st.executeQuery("SELECT 1 FROM pg_available_extensions WHERE name = '" + e + "'")) {
                    if (!rs.next()) {
                        fail("case " + caseName + " needs the PostgreSQL extension " + e + ", which the server ("
                                + Databases.describe(server) + ") does not have: the database tests need a PostgreSQL with "
                                + (e.equals("postgis") ? "PostGIS (Debian: postgresql-15-postgis-3; docs/db-tests.md)" : "the contrib extensions"));
                    }
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
