package dev.sequelizeddl.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Runs {@code test-fixtures/oracle/sync.js}: real {@code sequelize.sync()} into a fresh database. */
final class SyncOracle {
    private SyncOracle() {
    }

    /** {@code stage}: where a failed job stopped ({@code load}, {@code setup}, {@code sync}), null when ok. */
    record Result(boolean ok, String stage, String error, List<String> queries) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Why sync() cannot run here (no node, no oracle node_modules), or null when it can. */
    static String unavailableReason() {
        Path oracle = Fixtures.projectRoot().resolve("test-fixtures/oracle");
        if (!Files.exists(oracle.resolve("sync.js"))) return "test-fixtures/oracle/sync.js missing";
        if (!Files.exists(oracle.resolve("node_modules/sequelize/package.json"))) {
            return "test-fixtures/oracle/node_modules not installed (npm ci there)";
        }
        if (!Files.exists(oracle.resolve("node_modules/sql.js/package.json"))) {
            return "test-fixtures/oracle/node_modules has no sql.js (SQLite for sync()): npm ci there";
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "node"))) return null;
        }
        return "node not on PATH";
    }

    private static Process process;
    private static java.io.BufferedWriter toNode;
    private static java.io.BufferedReader fromNode;

    /**
     * One job for the long-lived {@code node sync.js --batch} process (started on first use). SQLite:
     * {@code server} is null and {@code database} the file sync.js writes the database to. The case's
     * {@link DbSetup} statements go with the job: sync.js runs them before {@code sync()}.
     */
    static synchronized Result run(String caseName, String dialect, Databases.Server server, String database) throws IOException {
        if (process == null || !process.isAlive()) start();
        com.fasterxml.jackson.databind.node.ObjectNode job = JSON.createObjectNode()
                .put("case", Fixtures.casesDir().resolve(caseName).toString()).put("dialect", dialect).put("database", database);
        DbSetup.statements(caseName, dialect).forEach(job.putArray("setup")::add);
        if (server != null) { // sqlite: none, `database` is the file sync.js writes
            job.put("host", server.host()).put("port", server.port()).put("user", server.user()).put("password", server.password());
        }
        String line;
        try {
            toNode.write(JSON.writeValueAsString(job));
            toNode.write('\n');
            toNode.flush();
            line = fromNode.readLine();
        } catch (IOException e) {
            process.destroyForcibly();
            return new Result(false, "process", "sync.js process failed: " + e, List.of());
        }
        if (line == null) {
            process.destroyForcibly();
            return new Result(false, "process", "sync.js process died", List.of());
        }
        JsonNode r = JSON.readTree(line);
        List<String> queries = new java.util.ArrayList<>();
        for (JsonNode q : r.path("queries")) queries.add(q.asText());
        return new Result(r.path("ok").asBoolean(false), r.path("stage").asText(null), r.path("error").asText(null), queries);
    }

    private static void start() throws IOException {
        Path oracle = Fixtures.projectRoot().resolve("test-fixtures/oracle");
        ProcessBuilder pb = new ProcessBuilder("node", oracle.resolve("sync.js").toString(), "--batch")
                .directory(oracle.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = pb.environment();
        env.put("TZ", "UTC");
        env.put("NODE_PATH", oracle.resolve("node_modules").toString());
        env.remove("NODE_OPTIONS");
        Process p = pb.start();
        boolean first = process == null;
        process = p;
        toNode = new java.io.BufferedWriter(new java.io.OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8));
        fromNode = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        if (first) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (process != null) process.destroy();
            }));
        }
    }
}
