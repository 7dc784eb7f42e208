package dev.sequelizeddl.db;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database servers the DB tests apply DDL to, found once per JVM in this order:
 * <ol>
 * <li>a JDBC URL from the environment: {@code DDL_PG_JDBC_URL} / {@code DDL_MARIADB_JDBC_URL}, with
 *     {@code DDL_PG_USER}, {@code DDL_PG_PASSWORD}, {@code DDL_MARIADB_USER}, {@code DDL_MARIADB_PASSWORD};</li>
 * <li>Testcontainers (postgis/postgis:15-3.3, mariadb:10.11) when a Docker engine answers;</li>
 * <li>{@code scripts/local-db.sh start}: throwaway local servers from Debian's packages (installed
 *     when missing), stopped again at JVM exit if this JVM started them. {@code DDL_LOCAL_DB=0}
 *     turns this step off.</li>
 * </ol>
 * When none works, {@link #pg()} / {@link #mariadb()} return an unavailable server whose
 * {@code reason} says why; tests skip on it, or fail when {@code DDL_REQUIRE_DB=1} (CI).
 * SQLite needs no server: {@link #sqliteUrl} gives a fresh file database.
 */
public final class Databases {
    private Databases() {
    }

    /** One server: base JDBC URL (any database), credentials, and how to reach it from Node. */
    public record Server(String engine, String jdbcUrl, String user, String password, String host, int port,
                         String source, String unavailableReason) {
        public boolean available() {
            return unavailableReason == null;
        }

        static Server unavailable(String engine, String reason) {
            return new Server(engine, null, null, null, null, 0, null, reason);
        }

        /**
         * An empty database {@code name}; returns a JDBC URL for it. MariaDB: DROP + CREATE DATABASE.
         * PostgreSQL: created once, then emptied by dropping every user schema (CASCADE takes tables,
         * types, sequences and extensions along) and recreating {@code public}, which is ten times
         * faster than DROP/CREATE DATABASE and leaves the same empty state.
         */
        public String freshDatabase(String name) throws SQLException {
            String url = withDatabase(jdbcUrl, name);
            if (engine.equals("postgres")) {
                synchronized (Server.class) {
                    if (PG_CREATED.isEmpty()) {
                        // The databases this JVM made go at its exit (MariaDB's go after each use).
                        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                            synchronized (Server.class) {
                                try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
                                     Statement s = c.createStatement()) {
                                    for (String db : PG_CREATED) s.execute("DROP DATABASE IF EXISTS \"" + db + "\" WITH (FORCE)");
                                } catch (SQLException e) {
                                    // the server may be gone already
                                }
                            }
                        }));
                    }
                    if (PG_CREATED.add(name)) {
                        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
                             Statement s = c.createStatement()) {
                            s.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
                            s.execute("CREATE DATABASE \"" + name + "\" TEMPLATE template0 ENCODING 'UTF8'");
                        }
                    }
                }
                try (Connection c = DriverManager.getConnection(url, user, password);
                     Statement s = c.createStatement()) {
                    s.execute("DO $$ DECLARE r record; BEGIN "
                            + "FOR r IN SELECT nspname FROM pg_namespace WHERE nspname NOT IN ('pg_catalog', 'information_schema') "
                            + "AND nspname NOT LIKE 'pg\\_toast%' AND nspname NOT LIKE 'pg\\_temp%' LOOP "
                            + "EXECUTE 'DROP SCHEMA ' || quote_ident(r.nspname) || ' CASCADE'; END LOOP; END $$");
                    s.execute("CREATE SCHEMA public");
                }
                return url;
            }
            try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
                 Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS `" + name + "`");
                s.execute("CREATE DATABASE `" + name + "`");
            }
            return url;
        }

        /** MariaDB databases are dropped after use; PostgreSQL ones are kept and emptied on the next use. */
        public void dropDatabase(String name) {
            if (engine.equals("postgres")) return;
            try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
                 Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            } catch (SQLException e) {
                // best effort; the next run drops it first anyway
            }
        }

        public Connection connect(String url) throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    /** true when CI (or the caller) demands real databases: missing ones are failures, not skips. */
    public static boolean required() {
        String v = System.getenv("DDL_REQUIRE_DB");
        return v != null && !v.isEmpty() && !v.equals("0") && !v.equalsIgnoreCase("false");
    }

    private static final java.util.Set<String> PG_CREATED = new java.util.HashSet<>();
    private static Server pg;
    private static Server mariadb;
    private static Map<String, String> localEnv;
    private static String localFailure;
    private static Boolean docker;

    public static synchronized Server pg() {
        if (pg == null) pg = find("postgres", "DDL_PG", "pg");
        return pg;
    }

    public static synchronized Server mariadb() {
        if (mariadb == null) mariadb = find("mariadb", "DDL_MARIADB", "mariadb");
        return mariadb;
    }

    /** The server for a dialect: postgres → PostgreSQL, mariadb and mysql → MariaDB. */
    public static Server forDialect(String dialect) {
        return switch (dialect) {
            case "postgres" -> pg();
            case "mariadb", "mysql" -> mariadb();
            default -> throw new IllegalArgumentException("no server for " + dialect);
        };
    }

    public static String sqliteUrl(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.createDirectories(file.getParent());
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }

    private static Server find(String engine, String prefix, String localName) {
        String url = System.getenv(prefix + "_JDBC_URL");
        if (url != null && !url.isBlank()) {
            return server(engine, url, env(prefix + "_USER", ""), env(prefix + "_PASSWORD", ""), "environment " + prefix + "_JDBC_URL");
        }
        if (dockerAvailable()) {
            try {
                return Containers.start(engine);
            } catch (Throwable e) {
                // fall through to local servers
                System.err.println("[db] Testcontainers " + engine + " failed: " + e);
            }
        }
        Map<String, String> local = localServers();
        if (local == null) {
            return Server.unavailable(engine, "no " + prefix + "_JDBC_URL, no Docker engine, and local servers failed: " + localFailure);
        }
        url = local.get(prefix + "_JDBC_URL");
        if (url == null) return Server.unavailable(engine, "scripts/local-db.sh printed no " + prefix + "_JDBC_URL");
        return server(engine, url, local.getOrDefault(prefix + "_USER", ""), local.getOrDefault(prefix + "_PASSWORD", ""),
                "scripts/local-db.sh");
    }

    static Server server(String engine, String url, String user, String password, String source) {
        Matcher m = Pattern.compile("^jdbc:[a-z]+://([^/:?,]+|\\[[^]]+\\])(?::(\\d+))?").matcher(url);
        String host = "127.0.0.1";
        int port = engine.equals("postgres") ? 5432 : 3306;
        if (m.find()) {
            host = m.group(1);
            if (m.group(2) != null) port = Integer.parseInt(m.group(2));
        }
        return new Server(engine, url, user, password, host, port, source, null);
    }

    private static String env(String name, String dflt) {
        String v = System.getenv(name);
        return v == null ? dflt : v;
    }

    /** Replaces the database part of a JDBC URL (jdbc:postgresql://h:p/db?x, jdbc:mariadb://h:p/db?x). */
    static String withDatabase(String url, String db) {
        Matcher m = Pattern.compile("^(jdbc:[a-z]+://[^/?]*)(/[^?]*)?(\\?.*)?$").matcher(url);
        if (!m.matches()) throw new IllegalArgumentException("cannot parse JDBC URL " + url);
        return m.group(1) + "/" + db + (m.group(3) == null ? "" : m.group(3));
    }

    static synchronized boolean dockerAvailable() {
        if (docker == null) {
            if ("0".equals(System.getenv("DDL_TESTCONTAINERS"))) {
                docker = false;
            } else {
                // As test.sh decides: only when `docker info` answers is Testcontainers loaded at all
                // (its own probe tries several strategies and is slow when there is no engine).
                try {
                    docker = dockerInfoAnswers() && Containers.dockerAvailable();
                } catch (Throwable e) {
                    docker = false;
                }
            }
        }
        return docker;
    }

    /** {@code docker info} exits 0 within 10 s (false when there is no docker command). */
    static boolean dockerInfoAnswers() {
        try {
            Process p = new ProcessBuilder("docker", "info").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs scripts/local-db.sh start once per JVM; null (and localFailure) when it fails. */
    private static synchronized Map<String, String> localServers() {
        if (localEnv != null || localFailure != null) return localEnv;
        if ("0".equals(System.getenv("DDL_LOCAL_DB"))) {
            localFailure = "DDL_LOCAL_DB=0";
            return null;
        }
        Path script = Fixtures.projectRoot().resolve("scripts/local-db.sh");
        try {
            ProcessBuilder pb = new ProcessBuilder("bash", script.toString(), "start")
                    .redirectError(ProcessBuilder.Redirect.INHERIT);
            Process p = pb.start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(15, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                localFailure = "scripts/local-db.sh start timed out";
                return null;
            }
            if (p.exitValue() != 0) {
                localFailure = "scripts/local-db.sh start exited " + p.exitValue();
                return null;
            }
            Map<String, String> vars = new HashMap<>();
            Matcher m = Pattern.compile("(?m)^export ([A-Z_]+)='([^']*)'$").matcher(out);
            while (m.find()) vars.put(m.group(1), m.group(2));
            String started = vars.getOrDefault("DDL_LOCAL_DB_STARTED", "").trim();
            if (!started.isEmpty()) {
                // Stop what this JVM started, and only that.
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    for (String s : started.split("\\s+")) {
                        try {
                            new ProcessBuilder("bash", script.toString(), "stop", s)
                                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                                    .start().waitFor(60, TimeUnit.SECONDS);
                        } catch (IOException | InterruptedException e) {
                            // nothing more to do at exit
                        }
                    }
                }));
            }
            localEnv = vars;
            return vars;
        } catch (IOException e) {
            localFailure = e.toString();
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            localFailure = e.toString();
            return null;
        }
    }

    /**
     * The database for one purpose ("ddl", "exp", "sync") and dialect, reused from test to test;
     * the JVM's pid keeps two test runs on one server apart.
     */
    public static String dbName(String dialect, String purpose) {
        return ("sd_" + dialect + "_" + purpose + "_" + ProcessHandle.current().pid()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    }

    /** For messages: where the URL points, without credentials. */
    static String describe(Server s) {
        if (!s.available()) return s.engine() + ": unavailable (" + s.unavailableReason() + ")";
        return s.engine() + " at " + URI.create(s.jdbcUrl().substring(5)).getAuthority() + " via " + s.source();
    }
}
